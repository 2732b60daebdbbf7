// StandardScaler: z = (x - mean) / scale per column, as scikit-learn 1.2's StandardScaler.
//
//   - mean and var are population statistics computed the way scikit-learn does (sum / n, then
//     the corrected two-pass variance (sum((x-T)^2) - (sum(x-T))^2 / n) / n with T = mean), each
//     sum with numpy's pairwise summation, so results are bit-identical to scikit-learn's on
//     column-major input such as pandas' to_numpy() (a row-major numpy array is summed row by
//     row by numpy and may differ in the last bit).
//   - scale = sqrt(var), except near-constant features (var <= n*eps*var + (n*mean*eps)^2,
//     scikit-learn's _is_constant_feature) get scale 1: a constant column becomes 0, not NaN.
//   - NaN marks a missing value: ignored by fit, passed through by transform (like scikit-learn).
//   - with_mean=false skips centering; with_std=false skips scaling (scale() is then all ones).
//
// Errors (mlcore::Error): transform before fit ("StandardScaler is not fitted; call fit()
// first"), a column count other than fit's, fit on zero rows, malformed or newer JSON.
// Thread safety: const methods may run concurrently; fit needs exclusive access.
#pragma once

#include <cstddef>
#include <string>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore {

struct StandardScalerParams {
  bool with_mean = true;  // Subtract the column mean.
  bool with_std = true;   // Divide by the column's population standard deviation.

  void validate() const {}  // Every combination is valid.
};

class StandardScaler {
 public:
  explicit StandardScaler(StandardScalerParams params = {});

  void fit(const Matrix& X);
  Matrix transform(const Matrix& X) const;
  Matrix fit_transform(const Matrix& X);
  // x = z * scale + mean (undoes transform).
  Matrix inverse_transform(const Matrix& Z) const;

  bool is_fitted() const { return fitted_; }
  std::size_t n_features_in() const { return static_cast<std::size_t>(mean_.size()); }
  // Fitted statistics, one entry per column (throw when not fitted).
  const Vector& mean() const;
  const Vector& var() const;
  const Vector& scale() const;
  const StandardScalerParams& params() const { return params_; }

  // {"model": "standard_scaler", ...}; from_json throws mlcore::Error for a malformed, newer or
  // other-type file.
  std::string to_json() const;
  static StandardScaler from_json(const std::string& text);

  ModelMetadata metadata;  // feature_names = input columns when known.

 private:
  StandardScalerParams params_;
  bool fitted_ = false;
  Vector mean_, var_, scale_;
};

}  // namespace mlcore
