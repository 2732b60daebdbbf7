#include "linear/checks.hpp"

#include <cmath>

#include "mlcore/error.hpp"

namespace mlcore::internal {

void check_training_data(const char* model, const Matrix& X, const Vector& y,
                         const Vector* sample_weight, bool check_X_finite) {
  const std::string m(model);
  if (X.rows() == 0 || X.cols() == 0)
    throw Error(m + ".fit: X is empty (" + std::to_string(X.rows()) + "x" +
                std::to_string(X.cols()) + ")");
  if (y.size() != X.rows())
    throw Error(m + ".fit: y has " + std::to_string(y.size()) + " entries, expected " +
                std::to_string(X.rows()) + " (the rows of X)");
  if (check_X_finite && !all_finite(X)) throw Error(m + ".fit: X contains NaN or infinity");
  if (!y.allFinite()) throw Error(m + ".fit: y contains NaN or infinity");
  if (sample_weight) {
    const Vector& w = *sample_weight;
    if (w.size() != X.rows())
      throw Error(m + ".fit: sample_weight has " + std::to_string(w.size()) +
                  " entries, expected " + std::to_string(X.rows()) + " (the rows of X)");
    if (!w.allFinite() || (w.array() < 0.0).any())
      throw Error(m + ".fit: sample_weight must be finite and >= 0");
    if (!(w.sum() > 0.0)) throw Error(m + ".fit: sample_weight sums to 0");
  }
}

bool all_finite(const Matrix& X) {
  // x * 0 is 0 for finite x and NaN for NaN or +-inf; a NaN poisons the sum.
  return !std::isnan((X.array() * 0.0).sum());
}

void check_n_features(const char* model, const Matrix& X, Eigen::Index n_features) {
  if (X.cols() != n_features)
    throw Error(std::string(model) + ": X has " + std::to_string(X.cols()) +
                " features, expected " + std::to_string(n_features) + " (as in fit)");
}

void not_fitted(const char* model) {
  throw Error(std::string(model) + " is not fitted; call fit() first");
}

}  // namespace mlcore::internal
