// L-BFGS following scipy's L-BFGS-B (v3.0, no bounds) so iterates and stopping points match
// scikit-learn's lbfgs solver. See the header for the algorithm summary.
#include "mlcore/linear/lbfgs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "linear/more_thuente.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kMaxStep = 1e10;  // L-BFGS-B's stpmx for unbounded problems.

// The correction pairs (s, y) in a ring buffer, oldest first.
class History {
 public:
  History(int m, Eigen::Index n) : s_(m, Vector(n)), y_(m, Vector(n)), rho_(m), alpha_(m) {}

  void clear() { count_ = 0; }
  int size() const { return count_; }

  void push(const Vector& s, const Vector& y, double sy, double yy) {
    const int m = static_cast<int>(s_.size());
    const int slot = (head_ + count_) % m;
    if (count_ == m)
      head_ = (head_ + 1) % m;
    else
      ++count_;
    s_[slot] = s;
    y_[slot] = y;
    rho_[slot] = 1.0 / sy;
    gamma_ = sy / yy;  // H0 = (s'y / y'y) I, L-BFGS-B's 1/theta.
  }

  // d = -H g by the two-loop recursion.
  void direction(const Vector& g, Vector& d) {
    const int m = static_cast<int>(s_.size());
    d = -g;
    for (int i = count_ - 1; i >= 0; --i) {
      const int k = (head_ + i) % m;
      alpha_[k] = rho_[k] * s_[k].dot(d);
      d.noalias() -= alpha_[k] * y_[k];
    }
    if (count_ > 0) d *= gamma_;
    for (int i = 0; i < count_; ++i) {
      const int k = (head_ + i) % m;
      const double beta = rho_[k] * y_[k].dot(d);
      d.noalias() += (alpha_[k] - beta) * s_[k];
    }
  }

 private:
  std::vector<Vector> s_, y_;
  std::vector<double> rho_, alpha_;
  int head_ = 0, count_ = 0;
  double gamma_ = 1.0;
};

bool finite(double f, const Vector& g) { return std::isfinite(f) && g.allFinite(); }

double max_norm(const Vector& g) { return g.size() ? g.cwiseAbs().maxCoeff() : 0.0; }

}  // namespace

void LbfgsParams::validate() const {
  auto fail = [](const std::string& what) { throw Error("LbfgsParams." + what); };
  if (max_iter < 0) fail("max_iter must be >= 0 (got " + std::to_string(max_iter) + ")");
  if (!(pgtol >= 0.0)) fail("pgtol must be >= 0 (got " + std::to_string(pgtol) + ")");
  if (!(ftol >= 0.0)) fail("ftol must be >= 0 (got " + std::to_string(ftol) + ")");
  if (history < 1) fail("history must be >= 1 (got " + std::to_string(history) + ")");
  if (max_linesearch < 1)
    fail("max_linesearch must be >= 1 (got " + std::to_string(max_linesearch) + ")");
  if (max_fun < 1) fail("max_fun must be >= 1 (got " + std::to_string(max_fun) + ")");
}

LbfgsResult minimize_lbfgs(const LossGradientFn& fg, Vector& x, const LbfgsParams& params) {
  params.validate();
  const Eigen::Index n = x.size();
  if (n == 0) throw Error("minimize_lbfgs: x is empty");

  LbfgsResult result;
  Vector g(n), x_old(n), g_old(n), d(n), s(n), y(n);
  double f = fg(x, g);
  result.n_fev = 1;
  if (!finite(f, g)) throw Error("minimize_lbfgs: objective or gradient is not finite at x0");

  History history(params.history, n);
  auto finish = [&](LbfgsStatus status, const char* message) {
    result.f = f;
    result.grad_max_norm = max_norm(g);
    result.status = status;
    result.converged =
        status == LbfgsStatus::kGradientTolerance || status == LbfgsStatus::kRelativeDecrease;
    result.message = message;
    return result;
  };
  if (max_norm(g) <= params.pgtol)
    return finish(LbfgsStatus::kGradientTolerance, "gradient <= pgtol");

  for (;;) {
    if (result.n_iter >= params.max_iter)
      return finish(LbfgsStatus::kMaxIterations, "max_iter reached");
    history.direction(g, d);
    double gd = g.dot(d);
    if (!(gd < 0.0)) {
      // Rounding made the quasi-Newton direction useless; fall back to steepest descent.
      history.clear();
      d = -g;
      gd = g.dot(d);
    }
    const double dnorm = d.norm();
    // The first step ever is scaled to unit length; later ones try the full quasi-Newton step.
    const double stp0 = result.n_iter == 0 ? std::min(1.0 / dnorm, kMaxStep) : 1.0;
    x_old = x;
    g_old = g;
    const double f_old = f;

    internal::MoreThuente search(f, gd, stp0, kMaxStep);
    int evaluations = 0;
    bool failed = false;
    while (search.state() == internal::MoreThuente::kEvaluate) {
      if (evaluations >= params.max_linesearch || result.n_fev >= params.max_fun) {
        failed = true;
        break;
      }
      x = x_old + search.step() * d;
      f = fg(x, g);
      ++result.n_fev;
      ++evaluations;
      if (!finite(f, g)) {
        search.shrink_after_nonfinite();
        if (search.state() != internal::MoreThuente::kEvaluate) failed = true;
        continue;
      }
      search.next(f, g.dot(d));
    }
    if (failed) {
      x = x_old;
      g = g_old;
      f = f_old;
      if (result.n_fev >= params.max_fun)
        return finish(LbfgsStatus::kMaxEvaluations, "max_fun reached");
      if (history.size() == 0) {
        ++result.n_iter;  // L-BFGS-B counts the abandoned iteration.
        return finish(LbfgsStatus::kLineSearchFailed, "line search failed along steepest descent");
      }
      history.clear();  // L-BFGS-B: drop the memory and restart from steepest descent.
      continue;
    }

    ++result.n_iter;
    if (max_norm(g) <= params.pgtol)
      return finish(LbfgsStatus::kGradientTolerance, "gradient <= pgtol");
    if (f_old - f <= params.ftol * std::max({std::fabs(f_old), std::fabs(f), 1.0}))
      return finish(LbfgsStatus::kRelativeDecrease, "relative decrease of f <= ftol");

    const double stp = search.step();
    s = x - x_old;
    y = g - g_old;
    const double sy = (g.dot(d) - gd) * stp;
    // Skip pairs without enough curvature; they would make H indefinite.
    if (sy > kEps * (-gd * stp)) history.push(s, y, y.dot(s), y.squaredNorm());
  }
}

}  // namespace mlcore
