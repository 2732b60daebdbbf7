// A general limited-memory BFGS minimizer for smooth unconstrained problems.
//
// The iteration follows scipy's L-BFGS-B (the solver behind scikit-learn's `lbfgs`) step for
// step when no bounds are given: steepest descent with step 1/||g|| first, then the two-loop
// L-BFGS direction with H0 = (s'y / y'y) I, a More-Thuente line search enforcing the strong Wolfe
// conditions (ftol 1e-3, gtol 0.9, xtol 0.1, at most 20 evaluations), curvature pairs skipped when
// s'y <= eps * (-g's), the memory dropped and the iteration retried from steepest descent when a
// line search fails. Matching it makes iteration counts, and the point where a loose tolerance
// stops, comparable to scikit-learn's.
//
// Stopping (checked after every accepted step, and the gradient test also at x0):
//   - max_i |g_i| <= pgtol                                    (converged)
//   - (f_old - f) / max(|f_old|, |f|, 1) <= ftol              (converged)
//   - iterations == max_iter or evaluations >= max_fun        (not converged)
//   - a line search fails twice in a row / from steepest descent   (not converged)
//
// Thread safety: minimize_lbfgs keeps no global state; concurrent calls are safe if the callback
// is.
#pragma once

#include <functional>
#include <string>

#include "mlcore/linalg.hpp"

namespace mlcore {

struct LbfgsParams {
  int max_iter = 100;                   // Accepted steps at most (scipy's maxiter).
  double pgtol = 1e-5;                  // Stop when the gradient's max-norm is <= pgtol.
  double ftol = 2.220446049250313e-09;  // Relative-decrease stop (scipy: factr 1e7 * eps).
  int history = 10;                     // Correction pairs kept (m, scipy's maxcor).
  int max_linesearch = 20;              // Evaluations per line search (scipy's maxls).
  int max_fun = 15000;                  // Evaluations in total (scipy's maxfun).

  // Throws mlcore::Error naming the first field out of range.
  void validate() const;
};

// Why minimize_lbfgs stopped.
enum class LbfgsStatus {
  kGradientTolerance,  // max |g_i| <= pgtol.
  kRelativeDecrease,   // relative decrease of f <= ftol.
  kMaxIterations,      // max_iter accepted steps.
  kMaxEvaluations,     // max_fun evaluations.
  kLineSearchFailed,   // no acceptable step even along steepest descent.
};

struct LbfgsResult {
  double f = 0.0;              // Objective at the returned point.
  double grad_max_norm = 0.0;  // max |g_i| at the returned point.
  int n_iter = 0;              // Accepted steps (scikit-learn's n_iter_).
  int n_fev = 0;               // Objective+gradient evaluations, the initial one included.
  bool converged = false;      // Stopped by the gradient or the relative-decrease test.
  LbfgsStatus status = LbfgsStatus::kMaxIterations;
  std::string message;  // Human-readable status.
};

// Returns f(x) and writes the gradient at x into `grad` (already sized like x). One fused call
// because for most models loss and gradient share one pass over the data.
using LossGradientFn = std::function<double(const Vector& x, Vector& grad)>;

// Minimizes fg starting from x (in/out: the best point found on return). Throws mlcore::Error
// for invalid params, an empty x, or a non-finite objective or gradient at the starting point.
// A non-finite value during a line search is treated as "step too long" and shortened.
LbfgsResult minimize_lbfgs(const LossGradientFn& fg, Vector& x, const LbfgsParams& params = {});

}  // namespace mlcore
