// JUnit XML, in the dialect pytest and JUnit 5's legacy reporter write and CI servers (Jenkins,
// GitLab, GitHub test reporters, junitparser) read. See docs/report-formats.md.
#include <fmt/core.h>

#include <map>

#include "course/report/formats.hpp"
#include "report_text.hpp"

namespace course {
namespace {

using report::valid_utf8;

// XML 1.0 allows only tab, newline and carriage return below U+0020, and never U+FFFE/U+FFFF;
// not even as character references. Like pytest, write such characters as visible "#xNN" text.
bool illegal_in_xml(const std::string& text, std::size_t i, std::size_t* length) {
  const auto byte = static_cast<unsigned char>(text[i]);
  *length = 1;
  if (byte < 0x20) return byte != '\t' && byte != '\n' && byte != '\r';
  if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
      (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
    *length = 3;
    return true;
  }
  return false;
}

// Escapes for element text (attribute = false) or a double-quoted attribute value (true). In
// attributes, tab/newline/CR become references: a parser would otherwise normalize them to
// spaces. In text, CR becomes a reference so it survives line-end normalization.
std::string xml_escape(const std::string& raw, bool attribute) {
  static const std::map<char, std::string> kText = {
      {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'\r', "&#13;"}};
  static const std::map<char, std::string> kAttribute = {
      {'&', "&amp;"},  {'<', "&lt;"},   {'>', "&gt;"}, {'"', "&quot;"},
      {'\r', "&#13;"}, {'\n', "&#10;"}, {'\t', "&#9;"}};
  const std::string text = valid_utf8(raw);
  std::string legal;  // Illegal characters made visible first; then the escape table.
  legal.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    if (illegal_in_xml(text, i, &length))
      legal += length == 1 ? fmt::format("#x{:02X}", static_cast<unsigned char>(text[i]))
                           : (text[i + 2] == '\xBE' ? "#xFFFE" : "#xFFFF");
    else
      legal.append(text, i, length);
    i += length;
  }
  return report::replace_chars(legal, attribute ? kAttribute : kText);
}

std::string attr(const std::string& text) { return xml_escape(text, true); }
std::string body(const std::string& text) { return xml_escape(text, false); }
std::string seconds(double s) { return fmt::format("{:.3f}", s < 0 ? 0.0 : s); }

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;
  double time = 0;
  void add(const Counts& other) {
    tests += other.tests, failures += other.failures, errors += other.errors;
    skipped += other.skipped, time += other.time;
  }
};

// What a checkpoint becomes: an exercise not started counts as failed (see formats.hpp).
enum class Outcome { kPassed, kFailure, kError, kSkipped };
Outcome outcome(const ExerciseResult& r, const CheckpointResult& c) {
  if (r.not_started) return Outcome::kFailure;
  switch (c.status) {
    case Status::kPassed:
      return Outcome::kPassed;
    case Status::kFailed:
      return Outcome::kFailure;
    case Status::kSkipped:
      return Outcome::kSkipped;
    default:
      return Outcome::kError;
  }
}

Counts count(const ExerciseResult& r) {
  Counts n;
  for (const auto& c : r.checkpoints) {
    ++n.tests;
    const Outcome o = outcome(r, c);
    n.failures += o == Outcome::kFailure;
    n.errors += o == Outcome::kError;
    n.skipped += o == Outcome::kSkipped;
  }
  n.time = r.compile_seconds + r.run_seconds;
  return n;
}

std::string counts_attributes(const Counts& n) {
  return fmt::format(R"(tests="{}" failures="{}" errors="{}" skipped="{}" time="{}")", n.tests,
                     n.failures, n.errors, n.skipped, seconds(n.time));
}

// pytest's classname is the dotted module path; ours is the learner's file, dotted.
std::string classname(const std::string& file) {
  std::string name =
      file.substr(0, file.rfind('.') == std::string::npos ? file.size() : file.rfind('.'));
  for (char& c : name)
    if (c == '/') c = '.';
  return name;
}

std::string testcase(const ExerciseResult& r, const CheckpointResult& c) {
  const std::string name = c.title + (c.hidden ? " (hidden)" : "");
  std::string xml = fmt::format(R"(    <testcase classname="{}" name="{}" time="{}")",
                                attr(classname(r.file)), attr(name), seconds(c.seconds));
  const Outcome o = outcome(r, c);
  if (o == Outcome::kPassed) return xml + "/>\n";
  const char* element = o == Outcome::kFailure ? "failure"
                        : o == Outcome::kError ? "error"
                                               : "skipped";
  const std::string type = r.not_started ? "not_started" : status_name(c.status);
  const std::string detail = report::checkpoint_detail(r, c);
  xml += fmt::format(">\n      <{0} message=\"{1}\" type=\"{2}\">{3}</{0}>\n    </testcase>\n",
                     element, attr(report::first_line(c.message)), attr(type), body(detail));
  return xml;
}

std::string property(const std::string& name, const std::string& value) {
  return fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", attr(name), attr(value));
}

// What the runner measured, as "course.<step>.<field>" properties (docs/report-formats.md). A
// grade may run several hidden processes: the second "run_hidden" is "run_hidden_2", and so on,
// so that every name is unique and a reader can key a map by it.
std::string resource_properties(const ExerciseResult& r) {
  std::string xml =
      property("course.cgroup", r.resources.empty() ? "none" : r.resources.back().cgroup);
  std::map<std::string, int> seen;
  for (const auto& use : r.resources) {
    const int n = ++seen[use.name];
    const std::string prefix = "course." + use.name + (n > 1 ? "_" + std::to_string(n) : "") + ".";
    xml += property(prefix + "wall_seconds", seconds(use.wall_seconds));
    xml += property(prefix + "cpu_seconds", seconds(use.cpu_seconds));
    if (use.memory_peak_bytes > 0)
      xml += property(prefix + "memory_peak_bytes", std::to_string(use.memory_peak_bytes));
    xml += property(prefix + "oom_kills", std::to_string(use.oom_kills));
    xml += property(prefix + "pids_limit_events", std::to_string(use.pids_limit_events));
  }
  return xml;
}

std::string testsuite(const ExerciseResult& r) {
  std::string xml = fmt::format("  <testsuite name=\"{}\" {}>\n", attr(report::exercise_label(r)),
                                counts_attributes(count(r)));
  xml += "    <properties>\n";
  xml += property("exercise", r.exercise_id);
  xml += property("file", r.file);
  xml += property("points", std::to_string(r.points()));
  xml += property("max_points", std::to_string(r.max_points()));
  xml += property("isolation", r.isolation);
  if (r.not_started) xml += property("not_started", "true");
  xml += resource_properties(r);
  xml += "    </properties>\n";
  for (const auto& c : r.checkpoints) xml += testcase(r, c);
  // The program output comes from the visible checkpoints' run only (hidden runs are never
  // shown), so it may sit at suite level where every reader shows it.
  if (!r.program_output.empty())
    xml += "    <system-out>" + body(r.program_output) + "</system-out>\n";
  if (!r.compiler_output.empty())
    xml += "    <system-err>" + body(r.compiler_output) + "</system-err>\n";
  return xml + "  </testsuite>\n";
}

}  // namespace

std::string junit_xml(const std::vector<ExerciseResult>& results) {
  Counts total;
  std::string suites;
  for (const auto& r : results) {
    total.add(count(r));
    suites += testsuite(r);
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
         fmt::format("<testsuites name=\"course check\" {}>\n", counts_attributes(total)) + suites +
         "</testsuites>\n";
}

}  // namespace course
