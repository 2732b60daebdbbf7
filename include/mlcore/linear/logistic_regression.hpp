// L2-penalized logistic regression, binary or multinomial, fitted by L-BFGS; matches
// scikit-learn 1.2's LogisticRegression(solver="lbfgs", penalty="l2").
//
// Minimizes  C * sum_i w_i * loss_i + 1/2 * ||coef||^2  (the intercept is not penalized), where
// w_i = sample_weight_i * class_weight[y_i]. Two classes give the binary logistic loss and ONE
// coefficient row (for classes()[1]); three or more give the full softmax with one row per class
// (K rows, not K-1), as scikit-learn's multi_class="auto".
//
// Errors (mlcore::Error): invalid params (naming the field), fewer than two classes, X/y/weights
// shape mismatch, non-finite X, negative weights, using an unfitted model, a feature count other
// than the fitted one. Not converging within max_iter is NOT an error: converged() is false and
// convergence_warning() says why, like scikit-learn's ConvergenceWarning.
//
// Thread safety: const methods may be called concurrently; fit() must not race with anything.
// fit() itself uses params.n_threads std::threads.
#pragma once

#include <string>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore {

enum class ClassWeight {
  kNone,      // Every sample counts by its sample weight.
  kBalanced,  // Class k weighs n_samples / (n_classes * count_k) (unweighted counts, sklearn).
};

struct LogisticRegressionParams {
  double C = 1.0;             // Inverse L2 strength; > 0.
  bool fit_intercept = true;  // Fit an unpenalized intercept per coefficient row.
  double tol = 1e-4;          // Stop when max |gradient| <= tol (sklearn's tol).
  int max_iter = 100;         // L-BFGS iterations at most; >= 1.
  ClassWeight class_weight = ClassWeight::kNone;  // Reweighting of classes.
  int n_threads = 1;  // std::threads per loss evaluation (>= 1); results are bit-identical for
                      // every value, and small data (< ~100k values of X) uses one anyway.

  // Throws mlcore::Error naming the first invalid field, e.g.
  // "LogisticRegressionParams.C must be > 0 (got -1)".
  void validate() const;
};

class LogisticRegression {
 public:
  LogisticRegression() = default;
  explicit LogisticRegression(const LogisticRegressionParams& params) : params_(params) {}

  // Fits on X (n x p) and labels y (n; any doubles, at least two distinct). sample_weight, when
  // given, has n non-negative entries. Starts from zero coefficients (no warm start).
  LogisticRegression& fit(const Matrix& X, const Vector& y, const Vector* sample_weight = nullptr);

  // Labels of the most probable class (ties: the smallest label), n entries.
  Vector predict(const Matrix& X) const;
  // n x n_classes probabilities, columns in classes() order.
  Matrix predict_proba(const Matrix& X) const;
  // n x 1 (binary: the score of classes()[1]) or n x K scores X coef' + intercept.
  Matrix decision_function(const Matrix& X) const;

  const LogisticRegressionParams& params() const { return params_; }
  bool fitted() const { return classes_.size() > 0; }
  const Vector& classes() const;    // Sorted distinct labels seen by fit.
  const Matrix& coef() const;       // 1 x p (binary) or K x p.
  const Vector& intercept() const;  // 1 or K entries (zeros without fit_intercept).
  int n_iter() const;               // L-BFGS iterations used by the last fit.
  int n_fev() const;                // Loss+gradient evaluations used by the last fit.
  double objective() const;         // Final sum_i w_i loss_i + ||coef||^2 / (2C).
  bool converged() const;           // False when max_iter stopped the fit.
  const std::string& convergence_warning() const { return warning_; }  // "" when converged.

  std::string to_json() const;
  // Throws mlcore::Error for malformed files, a newer format_version, or another model type.
  static LogisticRegression from_json(const std::string& text);

  ModelMetadata metadata;

 private:
  void check_fitted() const;
  void check_features(const Matrix& X) const;

  LogisticRegressionParams params_;
  Vector classes_;
  Matrix coef_;
  Vector intercept_;
  int n_iter_ = 0;
  int n_fev_ = 0;
  double objective_ = 0.0;
  bool converged_ = false;
  std::string warning_;
};

}  // namespace mlcore
