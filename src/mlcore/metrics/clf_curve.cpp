#include "metrics/clf_curve.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "metrics/common.hpp"

namespace mlcore::metrics_detail {

ClfCurve binary_clf_curve(const std::string& fn, const Vector& y_true, const Vector& scores,
                          double pos_label, const Vector* sample_weight) {
  check_pair(fn, y_true, "scores", scores, sample_weight);
  // np.argsort(kind="mergesort")[::-1] is ascending stable, reversed: decreasing score and, among
  // ties, decreasing original index. Sorting (score, index) pairs by that total order gives the
  // same permutation, and contiguous pairs sort several times faster than indirect indices.
  std::vector<std::pair<double, Eigen::Index>> keyed;
  keyed.reserve(static_cast<std::size_t>(y_true.size()));
  for (Eigen::Index i = 0; i < y_true.size(); ++i) {
    if (sample_weight == nullptr || (*sample_weight)[i] != 0.0) keyed.emplace_back(scores[i], i);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second > b.second);
  });
  std::vector<Eigen::Index> order(keyed.size());
  for (std::size_t k = 0; k < keyed.size(); ++k) order[k] = keyed[k].second;

  ClfCurve curve;
  double tps = 0.0, fps = 0.0;
  const std::size_t n = order.size();
  for (std::size_t k = 0; k < n; ++k) {
    const Eigen::Index i = order[k];
    const bool positive = y_true[i] == pos_label;
    const double w = sample_weight == nullptr ? 1.0 : (*sample_weight)[i];
    tps += positive ? w : 0.0;
    if (sample_weight != nullptr) fps += positive ? 0.0 : w;
    const bool last_of_group = k + 1 == n || scores[order[k + 1]] != scores[i];
    if (!last_of_group) continue;
    curve.tps.push_back(tps);
    // Unweighted, sklearn derives fps as 1 + index - tps (exact integers either way).
    curve.fps.push_back(sample_weight == nullptr ? 1.0 + static_cast<double>(k) - tps : fps);
    curve.thresholds.push_back(scores[i]);
  }
  return curve;
}

}  // namespace mlcore::metrics_detail
