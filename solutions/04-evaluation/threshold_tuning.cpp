// Exercise 4.3 — Cost-based threshold tuning: reference solution.
//
// Only the distinct scores can be optimal thresholds: between two neighbouring scores every
// threshold flags the same rows, so it has the same cost. Sorting the rows by score, highest
// first, and lowering the threshold one distinct score at a time moves rows from "not flagged"
// to "flagged": each step updates the counts instead of recounting, O(n log n) in all.
#include "threshold_tuning.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace ex {

double choose_threshold(const std::vector<double>& labels, const std::vector<double>& scores,
                        const Costs& costs) {
  const std::size_t n = labels.size();
  if (n == 0 || scores.size() != n)
    throw std::invalid_argument("labels and scores must have the same, non-zero length");
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&scores](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });

  double positives = 0.0;
  for (double label : labels) positives += label == 1.0 ? 1.0 : 0.0;
  const double negatives = static_cast<double>(n) - positives;
  // Start above every score: nothing flagged, every positive missed, every negative correct.
  double tp = 0.0;
  double fp = 0.0;
  const auto total_cost = [&] {
    return tp * costs.true_positive + fp * costs.false_positive +
           (positives - tp) * costs.false_negative + (negatives - fp) * costs.true_negative;
  };
  double best_threshold = std::numeric_limits<double>::infinity();
  double best_cost = total_cost();
  for (std::size_t i = 0; i < n;) {
    const double t = scores[order[i]];
    // Flag every row scoring exactly t at once: ">= t" cannot separate them.
    for (; i < n && scores[order[i]] == t; ++i) (labels[order[i]] == 1.0 ? tp : fp) += 1.0;
    const double cost = total_cost();
    if (cost < best_cost) {  // Strict: on a tie, keep the higher threshold (fewer rows flagged).
      best_cost = cost;
      best_threshold = t;
    }
  }
  return best_threshold;
}

}  // namespace ex
