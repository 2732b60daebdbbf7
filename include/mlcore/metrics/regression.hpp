// Regression metrics with scikit-learn 1.2's definitions and summation order.
//
// Contract shared by every function here:
// - y_true and y_pred have the same non-zero length and finite values; sample_weight (optional,
//   same length) weights each sample and must not sum to zero.
// - Errors: mlcore::Error with a message prefixed with the function name.
// - Results equal scikit-learn 1.2.1 (single output) to within 1e-12 (tests/golden/metrics).
// Thread safety: all functions are pure and may be called concurrently.
#pragma once

#include "mlcore/linalg.hpp"

namespace mlcore {

// Weighted mean of (y_true - y_pred)^2.
double mean_squared_error(const Vector& y_true, const Vector& y_pred,
                          const Vector* sample_weight = nullptr);

// sqrt(mean_squared_error), sklearn's mean_squared_error(squared=False).
double root_mean_squared_error(const Vector& y_true, const Vector& y_pred,
                               const Vector* sample_weight = nullptr);

// Weighted mean of |y_true - y_pred|.
double mean_absolute_error(const Vector& y_true, const Vector& y_pred,
                           const Vector* sample_weight = nullptr);

// Weighted mean of |y_true - y_pred| / max(|y_true|, eps) with eps = 2.220446049250313e-16
// (float64 machine epsilon, as sklearn): a zero y_true gives a huge but finite term. A fraction,
// not a percentage (0.1 = 10%).
double mean_absolute_percentage_error(const Vector& y_true, const Vector& y_pred,
                                      const Vector* sample_weight = nullptr);

// Coefficient of determination 1 - SS_res / SS_tot (weighted), with sklearn's force_finite
// conventions: constant y_true (SS_tot == 0) gives 1.0 for a perfect prediction and 0.0
// otherwise; fewer than two samples gives NaN (sklearn warns).
double r2_score(const Vector& y_true, const Vector& y_pred, const Vector* sample_weight = nullptr);

}  // namespace mlcore
