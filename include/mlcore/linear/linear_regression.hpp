// Ordinary least squares; matches scikit-learn 1.2's LinearRegression on dense data.
//
// With fit_intercept, X and y are centered by their (sample-weighted) means, rows are scaled by
// sqrt(sample_weight), and the centered problem is solved by a complete orthogonal
// decomposition: the minimum-norm least-squares solution, like scipy's lstsq, so rank-deficient
// X (collinear or constant columns) gives scikit-learn's answer instead of an error.
//
// Errors (mlcore::Error): X/y/weights shape mismatch, empty or non-finite data, negative
// weights, an unfitted model, a feature count other than the fitted one.
// Thread safety: const methods may be called concurrently; fit() must not race with anything.
#pragma once

#include <string>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore {

struct LinearRegressionParams {
  bool fit_intercept = true;  // Fit an intercept (X and y centered); false: the line through 0.

  void validate() const {}  // Every value is valid; kept for the common model shape.
};

class LinearRegression {
 public:
  LinearRegression() = default;
  explicit LinearRegression(const LinearRegressionParams& params) : params_(params) {}

  // X: n x p, y: n targets, sample_weight: n non-negative entries (optional).
  LinearRegression& fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);
  Vector predict(const Matrix& X) const;  // X coef + intercept.

  const LinearRegressionParams& params() const { return params_; }
  bool fitted() const { return fitted_; }
  const Vector& coef() const;  // p entries.
  double intercept() const;    // 0 without fit_intercept.
  int rank() const;            // Numerical rank of the (centered, weighted) X.

  std::string to_json() const;
  // Throws mlcore::Error for malformed files, a newer format_version, or another model type.
  static LinearRegression from_json(const std::string& text);

  ModelMetadata metadata;

 private:
  LinearRegressionParams params_;
  bool fitted_ = false;
  Vector coef_;
  double intercept_ = 0.0;
  int rank_ = 0;
};

}  // namespace mlcore
