// Internal: the preprocessing scikit-learn applies before every dense least-squares solver
// (_preprocess_data + _rescale_data): weighted centering, then rows scaled by sqrt(weight).
#pragma once

#include "mlcore/linalg.hpp"

namespace mlcore::internal {

struct CenteredProblem {
  Matrix X;         // (X - x_offset) * sqrt(w) row-wise.
  Vector y;         // (y - y_offset) * sqrt(w).
  Vector x_offset;  // Weighted column means (zeros without an intercept).
  double y_offset;  // Weighted mean of y (0 without an intercept).
};

CenteredProblem center_and_scale(const Matrix& X, const Vector& y, const Vector* sample_weight,
                                 bool fit_intercept);

// Minimum-norm least-squares solution of X b = y (scipy's lstsq up to rounding); rank out.
Vector min_norm_lstsq(const Matrix& X, const Vector& y, int* rank);

// Predictions X coef + intercept, shared by the regressors.
Vector linear_predict(const Matrix& X, const Vector& coef, double intercept);

}  // namespace mlcore::internal
