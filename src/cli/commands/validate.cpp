// course validate: check the whole course (schema, references, every starter fails, every
// solution passes). For authors and CI; needs no workspace.
#include <fmt/core.h>

#include <cstdio>
#include <memory>

#include "../command.hpp"
#include "../render.hpp"
#include "course/course_validation.hpp"
#include "course/error.hpp"
#include "course/grader/scratch_dir.hpp"
#include "course/report_json.hpp"
#include "sandbox/isolation.hpp"

namespace course::cli {
namespace {

class ValidateCommand : public Command {
 public:
  const char* name() const override { return "validate"; }
  const char* summary() const override {
    return "Check the course: schema, references, starters fail, solutions pass";
  }
  void configure(CLI::App& app) override {
    app.add_option("IDS", ids_,
                   "Only these exercises (e.g. 2.1 2.C checkpoint-1.2); default: every exercise "
                   "of the modules and of the written assessments");
    app.add_option("--jobs", jobs_, "Exercises validated at once (default 1)")
        ->check(CLI::Range(1, 64));
    app.add_option("--cache", cache_,
                   "Keep the build cache in DIR: the next validation rebuilds only what changed "
                   "(default: a temporary one)");
  }
  int run(Context& ctx) override {
    const Course& course = ctx.course();  // Schema and references: throws (exit 2) when invalid.
    const ExerciseGraderFactory factory = [] {
      std::shared_ptr<sandbox::ProcessRunner> runner = sandbox::make_default_runner();
      auto grader = std::make_shared<Grader>(Toolchain::from_build(), *runner);
      return ExerciseGrader(
          [runner, grader](const GradeRequest& request) { return grader->grade(request); });
    };
    sweep_stale_scratch_dirs(std::filesystem::temp_directory_path(), "course-validate-");
    ScratchDir scratch(std::filesystem::temp_directory_path(), "course-validate-");
    const bool human = ctx.format() == Format::kHuman;
    const bool animate = human && interactive();
    const auto progress = [&](const std::string& what, int done, int total) {
      if (!human || ctx.options.quiet) return;
      if (animate) {
        fmt::print(stderr, "\r\x1b[2K{} {}", progress_bar(done, total),
                   what == "done" ? "" : what + "…");
        if (what == "done") fmt::print(stderr, "\r\x1b[2K");
      } else if (what != "done") {
        fmt::print(stderr, "[{}/{}] {}\n", done + 1, total, what);
      }
      std::fflush(stderr);
    };
    ValidationOptions options;
    options.only = ids_;
    options.jobs = jobs_;
    if (!cache_.empty()) {
      if (std::filesystem::exists(cache_) && !std::filesystem::is_directory(cache_))
        fail_usage("--cache: '" + cache_ + "' exists and is not a directory");
      options.cache = std::filesystem::absolute(cache_);
    }
    options.progress = progress;
    const CourseValidation report = validate_course(course, factory, scratch.path(), options);
    if (!human) {
      fmt::print("{}", validation_json(report));
      return report.ok() ? 0 : 1;
    }
    for (const auto& e : report.exercises) {
      const bool ok = e.problems.empty();
      fmt::print("{} {}  starter {}/{} · solution {}/{}\n",
                 ok ? ctx.style.pass_mark() : ctx.style.fail_mark(), e.exercise_id,
                 e.starter.points(), e.starter.max_points(), e.solution.points(),
                 e.solution.max_points());
      for (const auto& problem : e.problems) fmt::print("    {}\n", problem);
    }
    const std::size_t n = report.exercises.size();
    fmt::print(
        "\n{}: {} exercise{} checked in {}\n",
        report.ok() ? ctx.style.green("Course is valid") : ctx.style.red("Course has problems"), n,
        n == 1 ? "" : "s", course.root.string());
    return report.ok() ? 0 : 1;
  }

 private:
  std::vector<std::string> ids_;
  int jobs_ = 1;
  std::string cache_;
};

}  // namespace

std::unique_ptr<Command> make_validate_command() { return std::make_unique<ValidateCommand>(); }

}  // namespace course::cli
