#include "mlcore/metrics/threshold.hpp"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "metrics/clf_curve.hpp"
#include "metrics/common.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

void CostMatrix::validate() const {
  const std::pair<const char*, double> fields[] = {{"false_positive", false_positive},
                                                   {"false_negative", false_negative},
                                                   {"true_positive", true_positive},
                                                   {"true_negative", true_negative}};
  for (const auto& [name, value] : fields) {
    if (!std::isfinite(value)) {
      throw Error(std::string("CostMatrix.") + name + " must be finite (got " +
                  metrics_detail::format_number(value) + ")");
    }
  }
}

ThresholdChoice choose_threshold(const Vector& y_true, const Vector& scores,
                                 const CostMatrix& costs, double pos_label,
                                 const Vector* sample_weight) {
  const std::string fn = "choose_threshold";
  costs.validate();
  metrics_detail::check_pair(fn, y_true, "scores", scores, sample_weight);
  const std::vector<double> present = metrics_detail::sorted_unique(y_true);
  if (present.size() > 2) {
    throw Error(fn + ": y_true must be binary (got labels " + metrics_detail::format_list(present) +
                ")");
  }
  if (present.size() == 2 && pos_label != present[0] && pos_label != present[1]) {
    throw Error(fn + ": pos_label=" + metrics_detail::format_number(pos_label) +
                " is not a valid label; it should be one of " +
                metrics_detail::format_list(present));
  }
  // Cumulative counts at each distinct score, highest score first.
  const metrics_detail::ClfCurve curve =
      metrics_detail::binary_clf_curve(fn, y_true, scores, pos_label, sample_weight);
  if (curve.thresholds.empty()) throw Error(fn + ": all sample weights are zero");
  const double positives = curve.tps.back();
  const double negatives = curve.fps.back();

  ThresholdChoice best;
  bool first = true;
  for (std::size_t t = 0; t < curve.thresholds.size(); ++t) {
    const double tp = curve.tps[t], fp = curve.fps[t];
    const double fn_count = positives - tp, tn = negatives - fp;
    const double cost = fp * costs.false_positive + fn_count * costs.false_negative +
                        tp * costs.true_positive + tn * costs.true_negative;
    // Thresholds decrease along the curve, so strict < keeps the highest among equal costs.
    if (first || cost < best.cost) {
      first = false;
      best.threshold = curve.thresholds[t];
      best.cost = cost;
      best.true_positives = tp;
      best.false_positives = fp;
      best.true_negatives = tn;
      best.false_negatives = fn_count;
    }
  }
  best.mean_cost = best.cost / (positives + negatives);
  return best;
}

}  // namespace mlcore
