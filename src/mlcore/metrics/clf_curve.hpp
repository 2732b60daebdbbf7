// Internal: sklearn's _binary_clf_curve, the cumulative (weighted) false and true positive counts
// at each distinct score, shared by the ROC and PR curves and by the cost-based threshold choice.
#pragma once

#include <string>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore::metrics_detail {

struct ClfCurve {
  // At index t: samples with score >= thresholds[t] predicted positive. thresholds decrease.
  std::vector<double> fps;
  std::vector<double> tps;
  std::vector<double> thresholds;
};

// Checks the inputs (errors prefixed with fn), drops zero-weight samples, sorts by decreasing
// score with ties in the order of numpy's reversed stable argsort, and accumulates sequentially
// (np.cumsum) so that weighted counts match sklearn to the bit.
ClfCurve binary_clf_curve(const std::string& fn, const Vector& y_true, const Vector& scores,
                          double pos_label, const Vector* sample_weight);

}  // namespace mlcore::metrics_detail
