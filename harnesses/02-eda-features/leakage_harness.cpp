// Harness for exercise 2.2 (spot the leakage). Runs the learner's pipeline on a case's tables and
// returns its report. A case may carry a `variant` (the same tables with some rows of `to_score`
// perturbed, or with more copies of labelled rows): the harness then runs the pipeline on both
// and returns how much the report moved, which an honest pipeline keeps at exactly zero:
// max_change = the largest change of cv_accuracy or of a probability among the first
// `compare_rows` rows of to_score (the rows both runs share unchanged).
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "course/exercise/harness.hpp"
#include "leakage.hpp"
#include "mlcore/csv.hpp"

namespace {

using nlohmann::json;

ex::LeakageReport run(const json& tables, std::size_t n_scored) {
  const mlcore::Table labelled = mlcore::parse_csv(tables.at("labelled_csv").get<std::string>());
  const mlcore::Table to_score = mlcore::parse_csv(tables.at("to_score_csv").get<std::string>());
  ex::LeakageReport report = ex::evaluate_and_predict(labelled, to_score);
  if (report.probabilities.size() != n_scored)
    throw std::invalid_argument("evaluate_and_predict returned " +
                                std::to_string(report.probabilities.size()) +
                                " probabilities for " + std::to_string(n_scored) + " rows");
  return report;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const std::size_t n_scored = input.at("n_scored").get<std::size_t>();
  const ex::LeakageReport report = run(input, n_scored);
  if (!input.contains("variant"))
    return {{"cv_accuracy", report.cv_accuracy}, {"probabilities", report.probabilities}};
  json tables = input;  // the variant replaces one table or both
  for (const auto& [key, value] : input.at("variant").items()) tables[key] = value;
  const ex::LeakageReport other = run(tables, n_scored);
  double change = std::abs(other.cv_accuracy - report.cv_accuracy);
  const std::size_t compare = input.at("compare_rows").get<std::size_t>();
  for (std::size_t i = 0; i < compare; ++i)
    change = std::max(change, std::abs(other.probabilities[i] - report.probabilities[i]));
  if (std::isnan(change)) return {{"max_change", "nan"}};
  return {{"max_change", change}};
}

}  // namespace course::exercise
