// Internal: scikit-learn's L2-penalized logistic objective and its gradient in one pass over X.
//
//   f(w) = sum_i sw_i * loss_i(w) + 1/(2C) * ||coef||^2       (intercepts not penalized)
//
// (scikit-learn 1.2's scaling: C times f is the documented C * sum + 1/2 ||coef||^2, and keeping
// the scale makes `tol` mean what it means there). Binary: loss_i = log(1 + e^z) - y_i z with
// y_i in {0, 1} and z = x_i.w + b. Multinomial: loss_i = logsumexp(z_i) - z_{i,y_i} with one
// coefficient row per class (the full softmax, K rows, as scikit-learn).
//
// Parameter layout: binary [w (p) | b]; multinomial [W row-major (K x p) | b (K)]; b present
// only when fitting an intercept.
//
// X is read once per evaluation: rows go in blocks that stay in cache while z = X_b w, the loss,
// the residual r and X_b' r are computed. Each block writes its own partial loss and gradient,
// summed in block order afterwards, so with n_threads > 1 (contiguous ranges of blocks per
// std::thread) the result is bit-identical to one thread. All buffers are allocated up front.
// Not thread-safe itself (it owns scratch buffers); X, labels and weights must outlive it.
#pragma once

#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore::internal {

class LogisticLoss {
 public:
  // labels: 0/1 (binary, n_classes == 2) or class indices 0..K-1. sample_weight may be empty
  // (all ones).
  LogisticLoss(const Matrix& X, const Vector& labels, const Vector& sample_weight, int n_classes,
               bool fit_intercept, double C, int n_threads = 1);

  Eigen::Index n_params() const;

  // Returns f(params) and writes the gradient.
  double operator()(const Vector& params, Vector& grad);

 private:
  struct Scratch {
    Vector z, e, r;
    Matrix Z, R;
  };
  // Loss and gradient of block `block` into out = [gradient (n_params) | loss], penalty excluded.
  void binary_block(Eigen::Index block, const Vector& params, Scratch& s, double* out) const;
  void multinomial_block(Eigen::Index block, const Vector& params, Scratch& s, double* out) const;

  const Matrix& X_;
  const Vector& y_;
  const Vector& sw_;
  int n_rows_per_block_;
  int K_;  // 1 for binary (one coefficient row), else the number of classes.
  bool fit_intercept_;
  double l2_;  // 1 / C.
  Eigen::Index n_blocks_;
  std::vector<Scratch> scratch_;  // One per thread.
  Matrix partial_;                // n_blocks x (n_params + 1).
};

}  // namespace mlcore::internal
