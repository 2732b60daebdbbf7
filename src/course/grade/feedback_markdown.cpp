#include <algorithm>
#include <cstdio>

#include "course/grade/feedback.hpp"

namespace course {
namespace {

// A fence longer than any run of backticks inside `text`, so learner text cannot close it.
std::string fence_for(const std::string& text) {
  std::size_t longest = 0, run = 0;
  for (const char ch : text) {
    run = ch == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

// One line of table cell or list text: no newlines, no pipes that would split a table.
std::string inline_text(std::string s) {
  for (auto& ch : s)
    if (ch == '\n' || ch == '\r') ch = ' ';
  std::string out;
  for (const char ch : s) out += ch == '|' ? std::string("\\|") : std::string(1, ch);
  return out;
}

const char* mark(bool ok) { return ok ? "✓" : "✗"; }

}  // namespace

std::string percent(double fraction) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f%%", 100 * fraction);
  return text;
}

std::string feedback_markdown(const AssessmentInfo& info, const SubmissionResult& r) {
  std::string out = "# " + info.title + ": feedback for " + r.name + "\n\n";
  out += "- Score: **" + percent(r.score) + "** (pass mark " + percent(info.pass_mark) + "): **" +
         (r.passed ? "passed" : "not passed") + "**\n";
  out += std::string("- Status: ") + submission_status_name(r.status) +
         (r.reason.empty() ? "" : " (" + inline_text(r.reason) + ")") + "\n";
  if (info.time_box_minutes > 0)
    out += "- Time box: " + std::to_string(info.time_box_minutes) + " minutes\n";
  out += "- Graded by " + r.grader_version + ", isolation: " + r.isolation + "\n\n";

  out += "## Score breakdown\n\n| area | weight | points | score |\n| --- | ---: | ---: | ---: |\n";
  for (const auto& a : r.areas)
    out += "| " + inline_text(a.title) + " | " + percent(a.weight) + " | " +
           std::to_string(a.points) + "/" + std::to_string(a.max_points) + " | " +
           percent(a.weight * a.fraction()) + " |\n";
  out += "\n## Criteria\n";
  for (const auto& a : r.areas) {
    out += "\n### " + inline_text(a.title) + "\n\n";
    for (const auto& c : r.criteria) {
      if (c.area != a.id) continue;
      const bool full = c.points == c.max_points;
      out += std::string("- ") + mark(full) + " " + inline_text(c.title) + " — " +
             std::to_string(c.points) + "/" + std::to_string(c.max_points);
      if (c.hidden) out += " (hidden check)";
      if (c.manual) out += " (marked by the instructor)";
      // A hidden check says only whether it passed: its message stays with the instructor.
      if (!c.hidden && !c.message.empty()) out += ": " + inline_text(c.message);
      out += "\n";
    }
  }

  out += "\n## Exercises\n";
  for (const auto& e : r.exercises) {
    out += "\n### " + inline_text(e.exercise_id + " " + e.title) + " (`" + e.file + "`)\n\n";
    for (const auto& c : e.checkpoints) {
      const bool ok = c.status == Status::kPassed;
      out += std::string("- ") + mark(ok) + " " + inline_text(c.title) + " — " +
             (c.hidden ? (ok ? "passed" : "failed") : status_name(c.status));
      if (!c.hidden && !ok && !c.message.empty()) out += ": " + inline_text(c.message);
      out += "\n";
    }
    if (!e.compiler_output.empty()) {
      const std::string fence = fence_for(e.compiler_output);
      out += "\nCompiler output:\n\n" + fence + "text\n" + e.compiler_output +
             (e.compiler_output.back() == '\n' ? "" : "\n") + fence + "\n";
    }
  }
  if (!r.documents.empty()) {
    out += "\n## Documents\n\n";
    for (const auto& d : r.documents) {
      out += std::string("- ") + mark(d.met) + " `" + d.file + "`";
      if (d.present) out += " (" + std::to_string(d.words) + " words)";
      if (!d.message.empty()) out += ": " + inline_text(d.message);
      out += "\n";
    }
  }
  return out;
}

}  // namespace course
