// course check [ID] | --all: compile, run and judge exercises; record the attempts; report them
// in any format (docs/report-formats.md), to stdout or atomically to --output FILE.
#include <fmt/core.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

#include "../command.hpp"
#include "../output_file.hpp"
#include "../render.hpp"
#include "course/error.hpp"
#include "course/grade/feedback.hpp"
#include "course/grade/gradebook.hpp"
#include "course/grade/submission_json.hpp"
#include "course/grader/grader.hpp"
#include "course/learner_session.hpp"
#include "course/report/formats.hpp"
#include "sandbox/isolation.hpp"

namespace course::cli {
namespace {

// GitHub Actions names the job-summary file of the current step in this variable.
const char* step_summary_path() {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  return path && *path ? path : nullptr;
}

class CheckCommand : public Command {
 public:
  const char* name() const override { return "check"; }
  const char* summary() const override {
    return "Compile, run and grade an exercise (default: the current one), or --all";
  }
  void configure(CLI::App& app) override {
    app.add_option("ID", id_,
                   "Exercise id, e.g. 1.1; or a written assessment (checkpoint exam, capstone), "
                   "graded whole and recorded as an exam attempt");
    app.add_flag("--all", all_,
                 "Grade every exercise in course order (CI); exit 0 only if all pass");
    app.add_option("--output", output_,
                   "Write the report to FILE (replaced atomically) instead of stdout");
  }

  int run(Context& ctx) override {
    if (all_ && !id_.empty()) fail_usage("give an exercise id or --all, not both");
    const ReportFormat format = ctx.report_format();
    // Every destination is checked before grading: a bad path costs no compile and writes nothing.
    std::optional<OutputFile> file;
    if (!output_.empty()) file.emplace(output_);
    const char* summary_path = format == ReportFormat::kGithub ? step_summary_path() : nullptr;
    if (summary_path) check_appendable(summary_path);

    LearnerSession session(ctx.course(), ctx.workspace());
    // A written checkpoint exam or the capstone: graded whole, as `course grade` would.
    if (const Assessment* exam = all_ ? nullptr : ctx.course().find_assessment(id_);
        exam && !exam->planned) {
      if (format != ReportFormat::kHuman && format != ReportFormat::kJson)
        fail_usage("--format " + ctx.options.format +
                   " is for exercises; an assessment reports as human or json");
      return take_exam(ctx, session, *exam, file);
    }
    const Exercise* single = all_ ? nullptr : &session.exercise(id_);
    // Progress lines go to the terminal only when stdout does not carry a machine document.
    const bool show_progress =
        !ctx.options.quiet && (format == ReportFormat::kHuman || file.has_value());
    const auto announce = [&](const Exercise& e) {
      if (!show_progress) return;
      fmt::print("Checking {}…\n", e.id);
      std::fflush(stdout);  // Say so at once: the first compile takes a second or two.
    };

    auto runner = sandbox::make_default_runner();
    Grader grader(Toolchain::from_build(), *runner);
    std::vector<CheckOutcome> outcomes;
    if (single) {
      announce(*single);
      outcomes.push_back(session.check(*single, grader));
    } else {
      outcomes = session.check_all(grader, announce);
    }
    std::vector<ExerciseResult> results;
    for (const auto& o : outcomes) results.push_back(o.result);

    const std::string report = format == ReportFormat::kHuman
                                   ? human_report(ctx, outcomes, results, file.has_value())
                                   : render_report(format, results);
    if (summary_path) append_to_file(summary_path, github_report(results).summary);
    if (file)
      file->commit(report);
    else
      fmt::print("{}", report);

    bool all_passed = !results.empty();
    for (const auto& r : results) all_passed = all_passed && r.passed() && !r.not_started;
    return all_passed ? 0 : 1;
  }

 private:
  int take_exam(Context& ctx, LearnerSession& session, const Assessment& exam,
                std::optional<OutputFile>& file) const {
    if (!ctx.options.quiet && ctx.report_format() == ReportFormat::kHuman)
      fmt::print("Grading {} ({} exercise(s), {} document(s))…\n", exam.id, exam.exercises.size(),
                 exam.documents.size());
    std::fflush(stdout);
    auto runner = sandbox::make_default_runner();
    Grader grader(Toolchain::from_build(), *runner);
    const ExamOutcome outcome = session.take_exam(exam, grader);
    std::string report;
    if (ctx.report_format() == ReportFormat::kJson) {
      report = submission_to_json(outcome.result);
    } else {
      report = feedback_markdown(assessment_info(ctx.course(), exam), outcome.result);
      if (outcome.newly_passed) report += "\nPassed: recorded in your progress.\n";
      if (outcome.level_up)
        report += fmt::format("Level up: you are now {}.\n", outcome.level_up->name);
    }
    if (file)
      file->commit(report);
    else
      fmt::print("{}", report);
    return outcome.result.passed ? 0 : 1;
  }

  std::string human_report(Context& ctx, const std::vector<CheckOutcome>& outcomes,
                           const std::vector<ExerciseResult>& results, bool to_file) const {
    Style style = ctx.style;
    if (to_file) style.color = false;  // A report file is read by tools and editors.
    std::string out;
    for (const auto& o : outcomes) out += format_result(o.result, style, ctx.options.verbose);
    if (all_)
      out += format_all_summary(results, style);
    else
      out += format_after_check(outcomes.front(), ctx.course(), style);
    return out;
  }

  std::string id_;
  bool all_ = false;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace course::cli
