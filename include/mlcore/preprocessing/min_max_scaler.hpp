// MinMaxScaler: maps each column's fitted [min, max] onto feature_range, as scikit-learn 1.2's
// MinMaxScaler: x' = x * scale + min_offset with scale = (hi - lo) / (max - min) and
// min_offset = lo - min * scale.
//
//   - A constant column (max - min < 10 * machine epsilon) gets scale hi - lo, so it maps to lo
//     (scikit-learn's _handle_zeros_in_scale), not NaN.
//   - NaN marks a missing value: ignored by fit, passed through by transform.
//   - Values outside the fitted range map outside feature_range unless clip is true.
//
// Errors (mlcore::Error): transform before fit, a column count other than fit's, fit on zero
// rows, invalid params (validate()), malformed or newer JSON.
// Thread safety: const methods may run concurrently; fit needs exclusive access.
#pragma once

#include <cstddef>
#include <string>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore {

struct MinMaxScalerParams {
  double feature_min = 0.0;  // Lower end of the output range (scikit-learn feature_range[0]).
  double feature_max = 1.0;  // Upper end of the output range, > feature_min.
  bool clip = false;         // Clip transformed values to [feature_min, feature_max].

  // Throws mlcore::Error naming the field.
  void validate() const;
};

class MinMaxScaler {
 public:
  explicit MinMaxScaler(MinMaxScalerParams params = {});  // Validates params.

  void fit(const Matrix& X);
  Matrix transform(const Matrix& X) const;
  Matrix fit_transform(const Matrix& X);

  bool is_fitted() const { return fitted_; }
  std::size_t n_features_in() const { return static_cast<std::size_t>(scale_.size()); }
  // Fitted state per column (throw when not fitted).
  const Vector& data_min() const;
  const Vector& data_max() const;
  const Vector& scale() const;
  const Vector& min_offset() const;  // scikit-learn's min_.
  const MinMaxScalerParams& params() const { return params_; }

  std::string to_json() const;  // {"model": "min_max_scaler", ...}
  static MinMaxScaler from_json(const std::string& text);

  ModelMetadata metadata;

 private:
  MinMaxScalerParams params_;
  bool fitted_ = false;
  Vector data_min_, data_max_, scale_, min_;
};

}  // namespace mlcore
