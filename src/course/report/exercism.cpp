// Exercism test-runner results.json, version 3 (exercism/docs:
// building/tooling/test-runners/interface.md). See docs/report-formats.md for the mapping.
#include <nlohmann/json.hpp>

#include "course/report/formats.hpp"
#include "report_text.hpp"

namespace course {
namespace {

using nlohmann::json;

// The specification caps a test's output at 500 characters, truncated with this notice.
constexpr std::size_t kOutputChars = 500;
constexpr const char* kTruncated = "Output was truncated. Please limit to 500 chars";

std::string capped_output(const std::string& raw) {
  const std::string text = report::valid_utf8(raw);
  if (report::char_count(text) <= kOutputChars) return text;
  return report::first_chars(text, kOutputChars) + "\n" + kTruncated;
}

// pass/fail/error: "error" is for a test that could not be judged (crash, timeout, limits,
// compile error, infrastructure). A skipped checkpoint was not proven: it fails.
const char* test_status(const ExerciseResult& r, const CheckpointResult& c) {
  if (r.not_started) return "fail";
  switch (c.status) {
    case Status::kPassed:
      return "pass";
    case Status::kFailed:
    case Status::kSkipped:
      return "fail";
    default:
      return "error";
  }
}

json test_entry(const ExerciseResult& r, const CheckpointResult& c, bool many, int task_id) {
  const std::string status = test_status(r, c);
  json test = {
      {"name", (many ? r.exercise_id + " " : "") + c.title + (c.hidden ? " (hidden)" : "")},
      {"status", status},
      // The learner never sees our test code; the command that runs this test is the
      // most useful thing to show in its place.
      {"test_code", "course check " + r.exercise_id + "  # checkpoint " + c.id}};
  test["message"] = status == "pass" ? json(nullptr) : json(report::checkpoint_detail(r, c));
  // What the learner printed comes from the visible run only: never attached to a hidden test.
  if (!c.hidden && !r.program_output.empty()) test["output"] = capped_output(r.program_output);
  // A task is one exercise; link only when there are several (one exercise has no tasks).
  if (many) test["task_id"] = task_id;
  return test;
}

}  // namespace

std::string exercism_json(const std::vector<ExerciseResult>& results) {
  const bool many = results.size() > 1;
  json tests = json::array();
  bool all_pass = true, any_ran = false;
  std::string errors;  // Why nothing ran, when nothing did (compiler output first).
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ExerciseResult& r = results[i];
    for (const auto& c : r.checkpoints) {
      const json test = test_entry(r, c, many, static_cast<int>(i + 1));
      all_pass = all_pass && test["status"] == "pass";
      tests.push_back(test);
    }
    if (report::nothing_ran(r)) {
      const std::string why = !r.compiler_output.empty() ? r.compiler_output
                              : r.checkpoints.empty()    ? "no checkpoints"
                                                         : r.checkpoints.front().message;
      errors += (errors.empty() ? "" : "\n") + (many ? r.exercise_id + ": " : "") +
                why.substr(0, why.find_last_not_of('\n') + 1);
    } else {
      any_ran = true;
    }
  }
  // "error" only when no test ran at all (the specification: e.g. a compile error).
  const bool error = !any_ran && !results.empty();
  json doc = {{"version", 3},
              {"status", error                          ? "error"
                         : all_pass && !results.empty() ? "pass"
                                                        : "fail"},
              {"message", error ? json(errors) : json(nullptr)},
              {"tests", tests}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace course
