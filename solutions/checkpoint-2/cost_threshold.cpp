// Checkpoint exam 2, part 3 — reference solution (contract in cost_threshold.hpp).
//
// mlcore::choose_threshold already implements the header's rule (candidates are the distinct
// scores, ties go to the highest threshold) and returns the counts at the optimum; the rest are
// ratios of those counts and scikit-learn's average precision.
#include "cost_threshold.hpp"

#include <stdexcept>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/metrics/ranking.hpp"
#include "mlcore/metrics/threshold.hpp"

namespace ex {

ThresholdReport analyse_threshold(const std::vector<double>& is_bad,
                                  const std::vector<double>& scores, const LoanCosts& costs) {
  if (is_bad.empty() || is_bad.size() != scores.size())
    throw std::invalid_argument("is_bad and scores must have the same, non-zero length");
  const auto n = static_cast<Eigen::Index>(is_bad.size());
  const mlcore::Vector y = Eigen::Map<const mlcore::Vector>(is_bad.data(), n);
  const mlcore::Vector s = Eigen::Map<const mlcore::Vector>(scores.data(), n);

  mlcore::CostMatrix matrix;
  matrix.false_negative = costs.missed_bad;
  matrix.false_positive = costs.rejected_good;
  const mlcore::ThresholdChoice choice = mlcore::choose_threshold(y, s, matrix);

  ThresholdReport report;
  report.threshold = choice.threshold;
  report.confusion.true_positives = static_cast<int>(choice.true_positives);
  report.confusion.false_positives = static_cast<int>(choice.false_positives);
  report.confusion.true_negatives = static_cast<int>(choice.true_negatives);
  report.confusion.false_negatives = static_cast<int>(choice.false_negatives);
  const double refused = choice.true_positives + choice.false_positives;
  report.precision = refused > 0.0 ? choice.true_positives / refused : 0.0;
  report.recall = choice.true_positives / (choice.true_positives + choice.false_negatives);
  report.mean_cost = choice.mean_cost;
  // Average precision, not the trapezoidal area under the PR curve: the trapezoid interpolates
  // linearly between points, which overstates precision on imbalanced data.
  report.pr_auc = mlcore::average_precision_score(y, s);
  return report;
}

}  // namespace ex
