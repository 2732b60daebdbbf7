// Harness for checkpoint exam 2, part 3 (cost-based threshold and the metrics at it). Calls
// analyse_threshold on a case's labels, scores and costs and returns the report as two groups:
// `decision` (threshold, confusion counts, mean cost) and `metrics` (precision, recall, PR-AUC),
// compared by the parent with scikit-learn's values (approx).
#include <cmath>
#include <vector>

#include "cost_threshold.hpp"
#include "course/exercise/harness.hpp"

namespace {

// JSON has no NaN or infinity: such a value becomes null, which fails the comparison visibly.
nlohmann::json number(double value) {
  return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
}

}  // namespace

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const auto is_bad = input.at("is_bad").get<std::vector<double>>();
  const auto scores = input.at("scores").get<std::vector<double>>();
  ex::LoanCosts costs;
  costs.missed_bad = input.at("costs").at("missed_bad").get<double>();
  costs.rejected_good = input.at("costs").at("rejected_good").get<double>();

  const ex::ThresholdReport r = ex::analyse_threshold(is_bad, scores, costs);
  return {{"decision",
           {{"threshold", number(r.threshold)},
            {"true_positives", r.confusion.true_positives},
            {"false_positives", r.confusion.false_positives},
            {"true_negatives", r.confusion.true_negatives},
            {"false_negatives", r.confusion.false_negatives},
            {"mean_cost", number(r.mean_cost)}}},
          {"metrics",
           {{"precision", number(r.precision)},
            {"recall", number(r.recall)},
            {"pr_auc", number(r.pr_auc)}}}};
}

}  // namespace course::exercise
