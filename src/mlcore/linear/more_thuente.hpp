// Internal: the More-Thuente line search (MINPACK-2 dcsrch/dcstep, as used by L-BFGS-B), written
// as a state machine so the caller owns the evaluations:
//
//   MoreThuente ls(f0, g0, stp0, stpmax);    // g0 = directional derivative, must be < 0
//   while (ls.state() == MoreThuente::kEvaluate) { evaluate at ls.step(); ls.next(f, g); }
//
// It finds a step satisfying the strong Wolfe conditions
//   f(stp) <= f0 + ftol * stp * g0   and   |g(stp)| <= gtol * |g0|.
#pragma once

namespace mlcore::internal {

class MoreThuente {
 public:
  enum State { kEvaluate, kConverged, kWarning };

  MoreThuente(double f0, double g0, double stp, double stpmax, double ftol = 1e-3,
              double gtol = 0.9, double xtol = 0.1);

  double step() const { return stp_; }
  State state() const { return state_; }

  // Reports f and the directional derivative at step(); picks the next step or finishes.
  void next(double f, double g);

  // Reports that f or g was not finite at step(): the step is halved toward the best step so far
  // and never exceeded again.
  void shrink_after_nonfinite();

 private:
  double ftol_, gtol_, xtol_, stpmin_, stpmax_;
  double stp_;
  State state_ = kEvaluate;
  bool brackt_ = false;
  int stage_ = 1;
  double finit_, ginit_, gtest_, width_, width1_;
  double stx_ = 0.0, fx_, gx_, sty_ = 0.0, fy_, gy_, stmin_ = 0.0, stmax_;
};

}  // namespace mlcore::internal
