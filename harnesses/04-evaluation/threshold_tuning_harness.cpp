// Harness for exercise 4.3 (threshold tuning): calls choose_threshold on a case's rows and cost
// matrix, then computes here, from the rows, the mean cost per row of flagging iff
// score >= threshold. The parent compares that cost with the optimum (within 1%): any threshold
// as good as the best one passes, whichever score it sits on.
#include <cmath>
#include <cstddef>
#include <vector>

#include "course/exercise/harness.hpp"
#include "threshold_tuning.hpp"

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const auto labels = input.at("labels").get<std::vector<double>>();
  const auto scores = input.at("scores").get<std::vector<double>>();
  const nlohmann::json& c = input.at("costs");
  ex::Costs costs;
  costs.false_positive = c.at("false_positive").get<double>();
  costs.false_negative = c.at("false_negative").get<double>();
  costs.true_positive = c.at("true_positive").get<double>();
  costs.true_negative = c.at("true_negative").get<double>();

  const double threshold = ex::choose_threshold(labels, scores, costs);
  double total = 0.0;
  for (std::size_t i = 0; i < labels.size() && i < scores.size(); ++i) {
    const bool flagged = scores[i] >= threshold;  // NaN flags nothing, like a threshold of +inf.
    const bool positive = labels[i] == 1.0;
    total += flagged ? (positive ? costs.true_positive : costs.false_positive)
                     : (positive ? costs.false_negative : costs.true_negative);
  }
  return {{"threshold", std::isfinite(threshold) ? nlohmann::json(threshold) : nlohmann::json()},
          {"mean_cost", total / static_cast<double>(labels.size())}};
}

}  // namespace course::exercise
