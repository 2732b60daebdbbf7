// A direct transcription of MINPACK-2's dcsrch and dcstep (More & Thuente 1994), the line search
// inside L-BFGS-B. Kept close to the original so that iterates follow scipy's.
#include "linear/more_thuente.hpp"

#include <algorithm>
#include <cmath>

namespace mlcore::internal {
namespace {

constexpr double kXtrapLower = 1.1;
constexpr double kXtrapUpper = 4.0;

// dcstep: a safeguarded cubic/quadratic step for the interval [stx, sty] and trial stp.
void cstep(double& stx, double& fx, double& dx, double& sty, double& fy, double& dy, double& stp,
           double fp, double dp, bool& brackt, double stpmin, double stpmax) {
  const double sgnd = dp * (dx / std::fabs(dx));
  double stpf;
  if (fp > fx) {
    // Case 1: higher function value; the minimum is bracketed.
    const double theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
    const double s = std::max({std::fabs(theta), std::fabs(dx), std::fabs(dp)});
    double gamma = s * std::sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
    if (stp < stx) gamma = -gamma;
    const double p = (gamma - dx) + theta;
    const double q = ((gamma - dx) + gamma) + dp;
    const double r = p / q;
    const double stpc = stx + r * (stp - stx);
    const double stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2.0) * (stp - stx);
    stpf = std::fabs(stpc - stx) < std::fabs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2.0;
    brackt = true;
  } else if (sgnd < 0.0) {
    // Case 2: lower value, derivatives of opposite sign; the minimum is bracketed.
    const double theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
    const double s = std::max({std::fabs(theta), std::fabs(dx), std::fabs(dp)});
    double gamma = s * std::sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
    if (stp > stx) gamma = -gamma;
    const double p = (gamma - dp) + theta;
    const double q = ((gamma - dp) + gamma) + dx;
    const double r = p / q;
    const double stpc = stp + r * (stx - stp);
    const double stpq = stp + (dp / (dp - dx)) * (stx - stp);
    stpf = std::fabs(stpc - stp) > std::fabs(stpq - stp) ? stpc : stpq;
    brackt = true;
  } else if (std::fabs(dp) < std::fabs(dx)) {
    // Case 3: lower value, same-sign derivative that decreases in magnitude.
    const double theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
    const double s = std::max({std::fabs(theta), std::fabs(dx), std::fabs(dp)});
    double gamma = s * std::sqrt(std::max(0.0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
    if (stp > stx) gamma = -gamma;
    const double p = (gamma - dp) + theta;
    const double q = (gamma + (dx - dp)) + gamma;
    const double r = p / q;
    double stpc;
    if (r < 0.0 && gamma != 0.0) {
      stpc = stp + r * (stx - stp);
    } else if (stp > stx) {
      stpc = stpmax;
    } else {
      stpc = stpmin;
    }
    const double stpq = stp + (dp / (dp - dx)) * (stx - stp);
    if (brackt) {
      stpf = std::fabs(stpc - stp) < std::fabs(stpq - stp) ? stpc : stpq;
      stpf = stp > stx ? std::min(stp + 0.66 * (sty - stp), stpf)
                       : std::max(stp + 0.66 * (sty - stp), stpf);
    } else {
      stpf = std::fabs(stpc - stp) > std::fabs(stpq - stp) ? stpc : stpq;
      stpf = std::max(stpmin, std::min(stpmax, stpf));
    }
  } else {
    // Case 4: lower value, same-sign derivative that does not decrease.
    if (brackt) {
      const double theta = 3.0 * (fp - fy) / (sty - stp) + dy + dp;
      const double s = std::max({std::fabs(theta), std::fabs(dy), std::fabs(dp)});
      double gamma = s * std::sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
      if (stp > sty) gamma = -gamma;
      const double p = (gamma - dp) + theta;
      const double q = ((gamma - dp) + gamma) + dy;
      const double r = p / q;
      stpf = stp + r * (sty - stp);
    } else {
      stpf = stp > stx ? stpmax : stpmin;
    }
  }
  if (fp > fx) {
    sty = stp;
    fy = fp;
    dy = dp;
  } else {
    if (sgnd < 0.0) {
      sty = stx;
      fy = fx;
      dy = dx;
    }
    stx = stp;
    fx = fp;
    dx = dp;
  }
  stp = stpf;
}

}  // namespace

MoreThuente::MoreThuente(double f0, double g0, double stp, double stpmax, double ftol, double gtol,
                         double xtol)
    : ftol_(ftol),
      gtol_(gtol),
      xtol_(xtol),
      stpmin_(0.0),
      stpmax_(stpmax),
      stp_(stp),
      finit_(f0),
      ginit_(g0),
      gtest_(ftol * g0),
      width_(stpmax),
      width1_(stpmax / 0.5),
      fx_(f0),
      gx_(g0),
      fy_(f0),
      gy_(g0),
      stmax_(stp + kXtrapUpper * stp) {}

void MoreThuente::next(double f, double g) {
  const double ftest = finit_ + stp_ * gtest_;
  if (stage_ == 1 && f <= ftest && g >= 0.0) stage_ = 2;
  // Warnings end the search at the current step, which the caller may still accept.
  if ((brackt_ && (stp_ <= stmin_ || stp_ >= stmax_)) ||
      (brackt_ && stmax_ - stmin_ <= xtol_ * stmax_) ||
      (stp_ == stpmax_ && f <= ftest && g <= gtest_) ||
      (stp_ == stpmin_ && (f > ftest || g >= gtest_))) {
    state_ = kWarning;
  }
  if (f <= ftest && std::fabs(g) <= gtol_ * (-ginit_)) state_ = kConverged;
  if (state_ != kEvaluate) return;

  if (stage_ == 1 && f <= fx_ && f > ftest) {
    // Use the modified function psi(stp) = f(stp) - f0 - ftol*stp*g0 until a step with
    // f <= ftest and g >= 0 is found: it makes the steps converge to a minimizer of psi.
    const double fm = f - stp_ * gtest_;
    double fxm = fx_ - stx_ * gtest_;
    double fym = fy_ - sty_ * gtest_;
    const double gm = g - gtest_;
    double gxm = gx_ - gtest_;
    double gym = gy_ - gtest_;
    cstep(stx_, fxm, gxm, sty_, fym, gym, stp_, fm, gm, brackt_, stmin_, stmax_);
    fx_ = fxm + stx_ * gtest_;
    fy_ = fym + sty_ * gtest_;
    gx_ = gxm + gtest_;
    gy_ = gym + gtest_;
  } else {
    cstep(stx_, fx_, gx_, sty_, fy_, gy_, stp_, f, g, brackt_, stmin_, stmax_);
  }

  // Force a sufficient decrease in the size of the bracketing interval.
  if (brackt_) {
    if (std::fabs(sty_ - stx_) >= 0.66 * width1_) stp_ = stx_ + 0.5 * (sty_ - stx_);
    width1_ = width_;
    width_ = std::fabs(sty_ - stx_);
    stmin_ = std::min(stx_, sty_);
    stmax_ = std::max(stx_, sty_);
  } else {
    stmin_ = stp_ + kXtrapLower * (stp_ - stx_);
    stmax_ = stp_ + kXtrapUpper * (stp_ - stx_);
  }
  stp_ = std::max(stp_, stpmin_);
  stp_ = std::min(stp_, stpmax_);
  // If further progress is not possible, let stp be the best point obtained.
  if ((brackt_ && (stp_ <= stmin_ || stp_ >= stmax_)) ||
      (brackt_ && stmax_ - stmin_ <= xtol_ * stmax_)) {
    stp_ = stx_;
  }
}

void MoreThuente::shrink_after_nonfinite() {
  // Treat the failed step as an upper end of the search interval: bracket [stx, stp].
  const double failed = stp_;
  stpmax_ = failed;
  stp_ = stx_ + 0.5 * (failed - stx_);
  stmax_ = std::min(stmax_, failed);
  if (!(stp_ > stpmin_) || stp_ == failed) state_ = kWarning;
}

}  // namespace mlcore::internal
