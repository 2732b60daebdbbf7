// Checkpoint exam 2, part 3 — The threshold a loan officer can defend, and the metrics at it
// (contract in cost_threshold.hpp).
//
// Run `course check checkpoint-2` to grade the whole exam. Tools you know from module 4:
// mlcore/metrics/threshold.hpp, mlcore/metrics/ranking.hpp, mlcore/metrics/classification.hpp.
#include "cost_threshold.hpp"

#include <vector>

namespace ex {

ThresholdReport analyse_threshold(const std::vector<double>& is_bad,
                                  const std::vector<double>& scores, const LoanCosts& costs) {
  (void)is_bad;
  (void)scores;
  (void)costs;
  ThresholdReport report;
  // TODO: refuse the inputs the header rules out.
  // TODO: find the threshold with the lowest total cost (candidates: the distinct scores).
  report.threshold = 0.5;
  // TODO: the confusion counts, precision, recall and mean cost at that threshold, and the
  // PR-AUC of the scores.
  return report;
}

}  // namespace ex
