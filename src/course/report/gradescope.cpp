// Gradescope autograder results.json (gradescope-autograders.readthedocs.io, "Autograder
// Specifications"). See docs/report-formats.md for how results map onto it.
#include <cmath>
#include <nlohmann/json.hpp>

#include "course/report/formats.hpp"
#include "report_text.hpp"
#include "resources_json.hpp"

namespace course {
namespace {

using nlohmann::json;

json test_entry(const ExerciseResult& r, const CheckpointResult& c, std::size_t index) {
  const bool passed = c.status == Status::kPassed && !r.not_started;
  json test = {{"name", c.title},
               {"number", r.exercise_id + "." + std::to_string(index + 1)},
               {"score", c.points},
               {"max_score", c.max_points},
               {"status", passed ? "passed" : "failed"},
               {"tags", {r.exercise_id, r.not_started ? "not_started" : status_name(c.status)}},
               // Gradescope's "hidden" hides the test from students entirely until an
               // instructor shows it; the message is hidden-safe either way.
               {"visibility", c.hidden ? "hidden" : "visible"}};
  // The not-started message already says so; other failures lead with their status.
  if (!passed)
    test["output"] =
        r.not_started ? c.message
                      : std::string(status_name(c.status)) + ": " + report::checkpoint_detail(r, c);
  return test;
}

// The submission-wide text: one line per exercise, and what the learner printed in the visible
// run (hidden runs are never shown; see result.hpp).
std::string overall_output(const ExerciseResult& r) {
  std::string out = report::exercise_label(r) + ": " + std::to_string(r.points()) + "/" +
                    std::to_string(r.max_points()) + " points, " +
                    (r.not_started ? "not started"
                     : r.passed()  ? "passed"
                                   : "failed") +
                    "\n";
  if (!r.program_output.empty()) out += "Your program printed:\n" + r.program_output + "\n";
  return out;
}

}  // namespace

std::string gradescope_json(const std::vector<ExerciseResult>& results) {
  json tests = json::array();
  int score = 0, max_score = 0;
  double seconds = 0;
  std::string output;
  bool passed = !results.empty();
  json resources = json::object();  // Exercise id → what the runner measured, as in --format json.
  for (const auto& r : results) {
    if (!r.resources.empty()) resources[r.exercise_id] = resources_json(r.resources);
    for (std::size_t i = 0; i < r.checkpoints.size(); ++i)
      tests.push_back(test_entry(r, r.checkpoints[i], i));
    score += r.points();
    max_score += r.max_points();
    seconds += r.compile_seconds + r.run_seconds;
    output += overall_output(r);
    passed = passed && r.passed() && !r.not_started;
  }
  // The specification has no top-level max_score (the assignment's total is set in Gradescope);
  // it travels in extra_data with our format version, which Gradescope stores verbatim; so do
  // the runner's measurements ("resources", only when something ran: numbers only, hidden runs'
  // included).
  json doc = {
      {"score", score},
      {"execution_time", static_cast<long>(std::ceil(seconds))},  // Whole seconds, as specified.
      {"output", output},
      {"output_format", "text"},
      {"extra_data",
       {{"format_version", kResultFormatVersion}, {"max_score", max_score}, {"passed", passed}}},
      {"tests", tests}};
  if (!resources.empty()) doc["extra_data"]["resources"] = resources;
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace course
