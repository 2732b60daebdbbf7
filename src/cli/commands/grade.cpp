// course grade ASSESSMENT SUBMISSION_DIR… : batch-grade submissions of an exam or capstone
// (docs/assessment-schema.md). The engine grades (course/grade/batch.hpp); this file resolves the
// arguments, shows progress and writes the gradebook.
#include <fmt/core.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include "../command.hpp"
#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "course/grade/batch.hpp"
#include "course/grade/grade_outputs.hpp"
#include "course/grade/manual_marks.hpp"
#include "course/grader/grader.hpp"
#include "course/progress.hpp"
#include "sandbox/isolation.hpp"

namespace course::cli {
namespace fs = std::filesystem;
namespace {

// The assessment named by `arg`: a manifest id, or the path of an assessment file.
Assessment resolve_assessment(Context& ctx, const std::string& arg) {
  const Course& course = ctx.course();
  if (const Assessment* a = course.find_assessment(arg)) {
    if (a->planned)
      fail_usage("assessment '" + arg + "' is planned in course.yaml and has no file yet");
    return *a;
  }
  if (fs::is_regular_file(arg)) return load_assessment_file(course, arg);
  std::string known;
  for (const auto& a : course.assessments)
    if (!a.planned) known += (known.empty() ? "" : ", ") + a.id;
  fail_usage("no assessment '" + arg + "' (written ones: " + (known.empty() ? "none" : known) +
             "; or give the path of an assessment file)");
}

// Compiler, flags, the learner headers' bytes and the libraries' size and modification time
// (Toolchain::fingerprint): a rebuilt mlcore changes every input hash. Not the libraries' bytes:
// hashing a 170 MB debug libmlcore.a cost 3–4 s at the start of every batch.
std::string toolchain_fingerprint() { return Toolchain::from_build().fingerprint; }

std::string clock_text(double seconds) {
  const int s = int(seconds + 0.5);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

class GradeCommand : public Command {
 public:
  const char* name() const override { return "grade"; }
  const char* summary() const override {
    return "Batch-grade submissions of an exam or capstone into a gradebook (instructors)";
  }
  void configure(CLI::App& app) override {
    app.add_option("ASSESSMENT", assessment_, "Assessment id from course.yaml, or its YAML file")
        ->required();
    app.add_option("SUBMISSION_DIR", dirs_, "Submission directories (learner workspaces)")
        ->required();
    app.add_option("--jobs", jobs_, "Submissions graded at once (default 1)");
    app.add_option("--out", out_, "Output directory (default: grades-ASSESSMENT)");
    app.add_option("--shard", shard_, "Grade only shard K of N (K/N), for `gradebook merge`");
    app.add_flag("--resume", resume_, "Skip submissions whose inputs and grader are unchanged");
    app.add_option("--manual", manual_, "Manual marks (YAML or CSV) merged over automatic ones");
    app.add_flag("--allow-degraded", allow_degraded_,
                 "Grade even where the sandbox cannot isolate (no namespaces)");
  }

  int run(Context& ctx) override {
    const Assessment assessment = resolve_assessment(ctx, assessment_);
    BatchOptions options;
    options.jobs = jobs_;
    options.resume = resume_;
    options.out_dir = out_.empty() ? fs::path("grades-" + assessment.id) : fs::path(out_);
    if (!shard_.empty()) parse_shard(shard_, options.shard, options.shards);
    options.validate();
    std::vector<fs::path> dirs(dirs_.begin(), dirs_.end());
    // Duplicate names and a bad marks file are errors before any work (nothing written).
    const std::vector<std::string> names = submission_names(dirs);
    const ManualMarks marks =
        manual_.empty() ? ManualMarks{} : load_manual_marks(manual_, assessment, names);

    const auto& isolation = sandbox::sandbox_isolation();
    if (isolation.isolation == sandbox::Isolation::kDegraded && !allow_degraded_)
      fail_usage("the sandbox cannot isolate programs here (" + isolation.reason +
                 "); submissions are untrusted code: grade where bubblewrap works, or pass "
                 "--allow-degraded to accept limits without isolation");
    options.toolchain_fingerprint = toolchain_fingerprint();

    const SubmissionGraderFactory factory = [] {
      std::shared_ptr<sandbox::ProcessRunner> runner = sandbox::make_default_runner();
      auto grader = std::make_shared<Grader>(Toolchain::from_build(), *runner);
      return SubmissionGrader([runner, grader](const SubmissionRequest& request) {
        return grade_submission(request, *grader);
      });
    };

    const bool bar = !ctx.options.quiet && ::isatty(STDERR_FILENO) && !std::getenv("CI");
    const bool lines = !ctx.options.quiet && !bar && ctx.format() == Format::kHuman;
    const auto start = std::chrono::steady_clock::now();
    const auto on_done = [&](const BatchProgress& p) {
      const SubmissionResult& r = *p.last;
      const std::string what =
          fmt::format("{}: {} {:.1f}%{}", r.name, submission_status_name(r.status), 100 * r.score,
                      p.reused ? " (unchanged, reused)" : "");
      if (lines) {
        fmt::print("[{}/{}] {}\n", p.done, p.total, what);
        std::fflush(stdout);
      }
      if (!bar) return;
      const double elapsed =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const double eta = elapsed / double(p.done) * double(p.total - p.done);
      constexpr int kWidth = 24;
      const int filled = int(kWidth * p.done / (p.total ? p.total : 1));
      fmt::print(stderr, "\r\x1b[K[{}{}] {}/{}  ETA {}  {}", std::string(filled, '#'),
                 std::string(kWidth - filled, '.'), p.done, p.total, clock_text(eta), what);
      if (p.done == p.total) fmt::print(stderr, "\n");
      std::fflush(stderr);
    };

    std::vector<SubmissionResult> results =
        grade_batch(ctx.course(), assessment, dirs, options, factory, on_done);
    apply_manual_marks(marks, assessment, results);
    const AssessmentInfo info = assessment_info(ctx.course(), assessment);
    write_grade_outputs(info, options.out_dir, results, now_iso8601());

    std::map<std::string, int> by_status;
    int passed = 0;
    for (const auto& r : results) {
      ++by_status[submission_status_name(r.status)];
      passed += r.passed ? 1 : 0;
    }
    if (ctx.format() == Format::kJson) {
      fmt::print("{}", gradebook_json(info, results, now_iso8601()));
    } else if (!ctx.options.quiet) {
      std::string statuses;
      for (const auto& [status, count] : by_status)
        statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", count, status);
      fmt::print("{} submissions ({}); {} passed (pass mark {:.0f}%). Gradebook: {}\n",
                 results.size(), statuses.empty() ? "none" : statuses, passed,
                 100 * assessment.pass_mark, (options.out_dir / "gradebook.csv").string());
    }
    // 0 when every submission could be graded; 1 when one was missing, broken or errored.
    for (const auto& r : results)
      if (r.status != SubmissionStatus::kGraded) return 1;
    return 0;
  }

 private:
  std::string assessment_;
  std::vector<std::string> dirs_;
  int jobs_ = 1;
  std::string out_;
  std::string shard_;
  bool resume_ = false;
  std::string manual_;
  bool allow_degraded_ = false;
};

}  // namespace

std::unique_ptr<Command> make_grade_command() { return std::make_unique<GradeCommand>(); }

}  // namespace course::cli
