// GitHub Actions workflow commands (annotations) and a job-summary table. Escaping follows
// @actions/core (toolkit/packages/core/src/command.ts): data escapes %, CR and LF; property
// values also escape ':' and ','. See docs/report-formats.md.
#include <string>

#include "course/report/formats.hpp"
#include "report_text.hpp"

namespace course {
namespace {

std::string escape_data(const std::string& text) {
  return report::replace_chars(report::valid_utf8(text),
                               {{'%', "%25"}, {'\r', "%0D"}, {'\n', "%0A"}});
}

std::string escape_property(const std::string& text) {
  return report::replace_chars(escape_data(text), {{':', "%3A"}, {',', "%2C"}});
}

struct Annotation {
  const char* level = "error";  // error, warning, notice
  std::string file;
  int line = 0;
  int column = 0;
  std::string title;
  std::string message;
};

std::string command(const Annotation& a) {
  std::string props;
  const auto add = [&](const char* key, const std::string& value) {
    props += (props.empty() ? " " : ",") + std::string(key) + "=" + escape_property(value);
  };
  if (!a.file.empty()) add("file", a.file);
  if (a.line > 0) add("line", std::to_string(a.line));
  if (a.column > 0) add("col", std::to_string(a.column));
  if (!a.title.empty()) add("title", a.title);
  return "::" + std::string(a.level) + props + "::" + escape_data(a.message) + "\n";
}

const char* diagnostic_level(const std::string& severity) {
  if (severity == "error" || severity == "fatal error") return "error";
  if (severity == "warning") return "warning";
  return "notice";
}

std::string exercise_commands(const ExerciseResult& r) {
  const std::string label = report::exercise_label(r);
  if (r.not_started) {
    const std::string why = r.checkpoints.empty() ? "not started" : r.checkpoints.front().message;
    return command({"error", r.file, 0, 0, r.exercise_id + " not started", label + ": " + why});
  }
  std::string out;
  bool compile_error_shown = false;
  for (const auto& d : r.diagnostics) {
    out += command({diagnostic_level(d.severity), d.file, d.line, d.column,
                    r.exercise_id + ": compiler " + d.severity, d.message});
    compile_error_shown =
        compile_error_shown || std::string(diagnostic_level(d.severity)) == "error";
  }
  bool compile_failed = false;
  for (const auto& c : r.checkpoints) {
    if (c.status == Status::kPassed) continue;
    if (c.status == Status::kCompileError) {
      compile_failed = true;
      continue;  // One annotation for the file, below, not one per checkpoint.
    }
    out += command({c.status == Status::kSkipped ? "notice" : "error", r.file, 0, 0,
                    r.exercise_id + " " + c.title + (c.hidden ? " (hidden)" : "") + ": " +
                        status_name(c.status),
                    c.message});
  }
  if (compile_failed && !compile_error_shown)
    out += command({"error", r.file, 0, 0, r.exercise_id + " does not compile",
                    r.compiler_output.empty() ? label + " does not compile" : r.compiler_output});
  return out;
}

// A Markdown table cell: one line, no column breaks, no HTML from learner text.
std::string cell(const std::string& text) {
  return report::replace_chars(
      report::valid_utf8(text),
      {{'|', "\\|"}, {'\n', "<br>"}, {'\r', ""}, {'<', "&lt;"}, {'>', "&gt;"}, {'&', "&amp;"}});
}

// Long messages are cut in the table; the log annotations carry them whole.
constexpr std::size_t kCellChars = 200;
std::string short_message(const std::string& message) {
  const std::string text = report::valid_utf8(message);
  if (report::char_count(text) <= kCellChars) return text;
  return report::first_chars(text, kCellChars) + "…";
}

std::string points(int got, int max) { return std::to_string(got) + "/" + std::to_string(max); }

std::string exercise_rows(const ExerciseResult& r) {
  const std::string label = cell(report::exercise_label(r));
  if (r.not_started) {
    const std::string why = r.checkpoints.empty() ? "" : r.checkpoints.front().message;
    return "| " + label + " | (all) | ❌ not started | " + points(0, r.max_points()) + " | " +
           cell(short_message(why)) + " |\n";
  }
  std::string rows;
  for (const auto& c : r.checkpoints) {
    const bool ok = c.status == Status::kPassed;
    rows += "| " + label + " | " + cell(c.title + (c.hidden ? " (hidden)" : "")) + " | " +
            (ok ? "✅ " : "❌ ") + status_name(c.status) + " | " + points(c.points, c.max_points) +
            " | " + (ok ? "" : cell(short_message(c.message))) + " |\n";
  }
  return rows;
}

std::string headline(const std::vector<ExerciseResult>& results) {
  int passed = 0, got = 0, max = 0;
  for (const auto& r : results) {
    passed += r.passed() && !r.not_started;
    got += r.points();
    max += r.max_points();
  }
  return "course check: " + std::to_string(passed) + " of " + std::to_string(results.size()) +
         " exercises passed, " + points(got, max) + " points";
}

}  // namespace

GithubReport github_report(const std::vector<ExerciseResult>& results) {
  GithubReport report;
  for (const auto& r : results) report.commands += exercise_commands(r);
  report.commands += headline(results) + "\n";
  report.summary = "### " + headline(results) + "\n\n" +
                   "| Exercise | Checkpoint | Status | Points | Details |\n" +
                   "| --- | --- | --- | --- | --- |\n";
  for (const auto& r : results) report.summary += exercise_rows(r);
  return report;
}

}  // namespace course
