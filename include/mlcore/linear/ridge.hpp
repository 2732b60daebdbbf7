// L2-penalized least squares; matches scikit-learn 1.2's Ridge (solver "auto", i.e. "cholesky",
// on dense data): minimizes  sum_i w_i (y_i - x_i.coef - b)^2 + alpha ||coef||^2.
//
// X and y are centered by their (sample-weighted) means when fitting an intercept, rows scaled
// by sqrt(sample_weight), then (X'X + alpha I) coef = X'y is solved by Cholesky, or the dual
// (XX' + alpha I) a = y, coef = X'a, when there are more features than samples. A singular
// system (alpha = 0 with collinear X) falls back to the minimum-norm least-squares solution, as
// scikit-learn falls back to its SVD solver.
//
// Errors (mlcore::Error): invalid params (naming the field), X/y/weights shape mismatch, empty or
// non-finite data, negative weights, an unfitted model, a feature count other than the fitted one.
// Thread safety: const methods may be called concurrently; fit() must not race with anything.
#pragma once

#include <string>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore {

struct RidgeParams {
  double alpha = 1.0;         // L2 strength; >= 0 and finite.
  bool fit_intercept = true;  // Fit an unpenalized intercept (X and y centered).

  // Throws mlcore::Error("RidgeParams.alpha must be >= 0 (got -1)").
  void validate() const;
};

class Ridge {
 public:
  Ridge() = default;
  explicit Ridge(const RidgeParams& params) : params_(params) {}

  // X: n x p, y: n targets, sample_weight: n non-negative entries (optional).
  Ridge& fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);
  Vector predict(const Matrix& X) const;  // X coef + intercept.

  const RidgeParams& params() const { return params_; }
  bool fitted() const { return fitted_; }
  const Vector& coef() const;  // p entries.
  double intercept() const;    // 0 without fit_intercept.

  std::string to_json() const;
  // Throws mlcore::Error for malformed files, a newer format_version, or another model type.
  static Ridge from_json(const std::string& text);

  ModelMetadata metadata;

 private:
  RidgeParams params_;
  bool fitted_ = false;
  Vector coef_;
  double intercept_ = 0.0;
};

}  // namespace mlcore
