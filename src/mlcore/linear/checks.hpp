// Internal: the input checks every linear model runs, with messages naming expected vs got.
#pragma once

#include <string>

#include "mlcore/linalg.hpp"

namespace mlcore::internal {

// X non-empty (and finite when check_X_finite), y of X.rows() finite entries, sample_weight
// (if any) of X.rows() finite non-negative entries with a positive sum. `model` prefixes
// messages. Callers whose first pass over X detects non-finite values anyway (the logistic loss
// at zero coefficients is NaN iff X is) skip the extra pass with check_X_finite = false.
void check_training_data(const char* model, const Matrix& X, const Vector& y,
                         const Vector* sample_weight, bool check_X_finite = true);

// True when every entry is finite, in one vectorized pass (Eigen's allFinite is scalar).
bool all_finite(const Matrix& X);

// X has `n_features` columns (the fitted count).
void check_n_features(const char* model, const Matrix& X, Eigen::Index n_features);

[[noreturn]] void not_fitted(const char* model);

}  // namespace mlcore::internal
