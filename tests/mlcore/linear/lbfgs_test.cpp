#include "mlcore/linear/lbfgs.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

double rosenbrock(const Vector& x, Vector& g) {
  double f = 0.0;
  g.setZero();
  for (Eigen::Index i = 0; i + 1 < x.size(); ++i) {
    const double a = x[i + 1] - x[i] * x[i], b = 1.0 - x[i];
    f += 100.0 * a * a + b * b;
    g[i] += -400.0 * a * x[i] - 2.0 * b;
    g[i + 1] += 200.0 * a;
  }
  return f;
}

TEST(Lbfgs, MinimizesRosenbrock) {
  Vector x(2);
  x << -1.2, 1.0;
  LbfgsParams params;
  params.max_iter = 200;
  params.pgtol = 1e-9;
  params.ftol = 0.0;
  const LbfgsResult r = minimize_lbfgs(rosenbrock, x, params);
  EXPECT_TRUE(r.converged) << r.message;
  EXPECT_EQ(r.status, LbfgsStatus::kGradientTolerance);
  EXPECT_NEAR(x[0], 1.0, 1e-7);
  EXPECT_NEAR(x[1], 1.0, 1e-7);
  EXPECT_LE(r.grad_max_norm, 1e-9);
  EXPECT_GT(r.n_iter, 10);  // A genuinely curved valley, not a lucky first step.
  EXPECT_GE(r.n_fev, r.n_iter);
}

TEST(Lbfgs, MinimizesHigherDimensionalRosenbrock) {
  Vector x = Vector::Constant(10, -1.0);
  LbfgsParams params;
  params.max_iter = 500;
  params.pgtol = 1e-8;
  params.ftol = 0.0;
  const LbfgsResult r = minimize_lbfgs(rosenbrock, x, params);
  EXPECT_TRUE(r.converged) << r.message;
  EXPECT_LT((x - Vector::Ones(10)).norm(), 1e-6);
}

TEST(Lbfgs, SolvesIllConditionedQuadratic) {
  // f = 1/2 x'Ax - b'x with condition number 1e4: minimum at A^-1 b.
  const int n = 20;
  Vector diag(n), b(n);
  for (int i = 0; i < n; ++i) {
    diag[i] = std::pow(10.0, 4.0 * i / (n - 1));
    b[i] = 1.0 + i;
  }
  auto quadratic = [&](const Vector& x, Vector& g) {
    g = diag.cwiseProduct(x) - b;
    return 0.5 * x.dot(diag.cwiseProduct(x)) - b.dot(x);
  };
  Vector x = Vector::Zero(n);
  LbfgsParams params;
  params.pgtol = 1e-10;
  params.ftol = 0.0;
  params.max_iter = 1000;
  const LbfgsResult r = minimize_lbfgs(quadratic, x, params);
  EXPECT_TRUE(r.converged) << r.message;
  const Vector expected = b.cwiseQuotient(diag);
  // f is only accurate to ~1e-16 relative, which limits x to ~1e-7 along the flattest direction.
  EXPECT_LT((x - expected).cwiseAbs().maxCoeff(), 1e-6);
  EXPECT_LT(r.grad_max_norm, 1e-6);
}

TEST(Lbfgs, StopsAtGradientToleranceAtStart) {
  Vector x = Vector::Ones(2);
  const LbfgsResult r = minimize_lbfgs(rosenbrock, x);
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(r.n_iter, 0);
  EXPECT_EQ(r.n_fev, 1);
}

TEST(Lbfgs, ReportsMaxIterationsAsNotConverged) {
  Vector x(2);
  x << -1.2, 1.0;
  LbfgsParams params;
  params.max_iter = 3;
  params.pgtol = 1e-12;
  params.ftol = 0.0;
  const LbfgsResult r = minimize_lbfgs(rosenbrock, x, params);
  EXPECT_FALSE(r.converged);
  EXPECT_EQ(r.status, LbfgsStatus::kMaxIterations);
  EXPECT_EQ(r.n_iter, 3);
  Vector g(2);
  EXPECT_DOUBLE_EQ(rosenbrock(x, g), r.f);  // x is the point the result describes.
}

TEST(Lbfgs, RelativeDecreaseStopsEarly) {
  Vector x(2);
  x << -1.2, 1.0;
  LbfgsParams loose;
  loose.pgtol = 0.0;
  loose.ftol = 1e-3;
  const LbfgsResult r = minimize_lbfgs(rosenbrock, x, loose);
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(r.status, LbfgsStatus::kRelativeDecrease);
}

TEST(Lbfgs, ShortensStepsThatHitNonFiniteValues) {
  // exp(x) - 2x is finite everywhere but the callback refuses x > 5 (like an overflow).
  auto f = [](const Vector& x, Vector& g) {
    if (x[0] > 5.0) {
      g[0] = std::numeric_limits<double>::quiet_NaN();
      return std::numeric_limits<double>::infinity();
    }
    g[0] = std::exp(x[0]) - 2.0;
    return std::exp(x[0]) - 2.0 * x[0];
  };
  Vector x = Vector::Constant(1, -30.0);  // Gradient -2: the first unit step is fine...
  LbfgsParams params;
  params.pgtol = 1e-10;
  params.ftol = 0.0;
  const LbfgsResult r = minimize_lbfgs(f, x, params);
  EXPECT_TRUE(r.converged) << r.message;
  EXPECT_NEAR(x[0], std::log(2.0), 1e-9);
}

TEST(Lbfgs, ValidatesParams) {
  LbfgsParams params;
  params.history = 0;
  Vector x = Vector::Zero(2);
  EXPECT_THAT([&] { minimize_lbfgs(rosenbrock, x, params); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("LbfgsParams.history")));
  params = {};
  params.pgtol = -1.0;
  EXPECT_THROW(params.validate(), Error);
  Vector empty;
  EXPECT_THROW(minimize_lbfgs(rosenbrock, empty), Error);
}

TEST(Lbfgs, RejectsNonFiniteStart) {
  auto f = [](const Vector&, Vector& g) {
    g.setZero();
    return std::numeric_limits<double>::quiet_NaN();
  };
  Vector x = Vector::Zero(1);
  EXPECT_THAT([&] { minimize_lbfgs(f, x); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("not finite")));
}

}  // namespace
}  // namespace mlcore
