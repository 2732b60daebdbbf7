// LinearRegression and Ridge: hand-checkable cases (scikit-learn agreement is in golden_test).
#include "mlcore/linear/linear_regression.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlcore/error.hpp"
#include "mlcore/linear/ridge.hpp"
#include "test_data.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

TEST(LinearRegression, RecoversExactLine) {
  testing_data::Rng rng(4);
  Matrix X(50, 3);
  for (Eigen::Index i = 0; i < X.size(); ++i) X.data()[i] = rng.normal();
  Vector w(3);
  w << 2.0, -1.0, 0.5;
  const Vector y = (X * w).array() + 3.0;
  LinearRegression model;
  model.fit(X, y);
  EXPECT_LT((model.coef() - w).cwiseAbs().maxCoeff(), 1e-12);
  EXPECT_NEAR(model.intercept(), 3.0, 1e-12);
  EXPECT_EQ(model.rank(), 3);
  EXPECT_LT((model.predict(X) - y).cwiseAbs().maxCoeff(), 1e-12);
}

TEST(LinearRegression, RankDeficientGivesMinimumNorm) {
  // Two identical columns: the minimum-norm solution splits the weight evenly.
  Matrix X(4, 2);
  X << 1, 1, 2, 2, 3, 3, 4, 4;
  Vector y(4);
  y << 2, 4, 6, 8;
  LinearRegressionParams p;
  p.fit_intercept = false;
  LinearRegression model(p);
  model.fit(X, y);
  EXPECT_EQ(model.rank(), 1);
  EXPECT_NEAR(model.coef()[0], 1.0, 1e-12);
  EXPECT_NEAR(model.coef()[1], 1.0, 1e-12);
  EXPECT_EQ(model.intercept(), 0.0);
}

TEST(LinearRegression, ZeroWeightRowsAreIgnored) {
  Matrix X(5, 1);
  X << 0, 1, 2, 3, 100;
  Vector y(5);
  y << 1, 3, 5, 7, -50;  // The last row is an outlier with weight 0.
  Vector w(5);
  w << 1, 1, 2, 1, 0;
  LinearRegression model;
  model.fit(X, y, &w);
  EXPECT_NEAR(model.coef()[0], 2.0, 1e-12);
  EXPECT_NEAR(model.intercept(), 1.0, 1e-12);
}

TEST(LinearRegression, ErrorsAreClear) {
  const LinearRegression unfitted;
  EXPECT_THAT([&] { unfitted.predict(Matrix::Zero(1, 2)); },
              ThrowsMessage<Error>(HasSubstr("LinearRegression is not fitted; call fit() first")));
  LinearRegression model;
  const Matrix X = Matrix::Ones(4, 2);
  const Vector y3 = Vector::Ones(3);
  EXPECT_THAT([&] { model.fit(X, y3); },
              ThrowsMessage<Error>(HasSubstr("y has 3 entries, expected 4")));
  model.fit(X, Vector::Ones(4));
  EXPECT_THAT([&] { model.predict(Matrix::Ones(2, 3)); },
              ThrowsMessage<Error>(HasSubstr("X has 3 features, expected 2")));
}

TEST(Ridge, ShrinksTowardZeroAndMatchesNormalEquations) {
  testing_data::Rng rng(9);
  Matrix X(30, 4);
  for (Eigen::Index i = 0; i < X.size(); ++i) X.data()[i] = rng.normal();
  Vector y(30);
  for (Eigen::Index i = 0; i < 30; ++i) y[i] = X.row(i).sum() + rng.normal();
  RidgeParams p;
  p.alpha = 5.0;
  p.fit_intercept = false;
  Ridge model(p);
  model.fit(X, y);
  Eigen::MatrixXd A = X.transpose() * X;
  A.diagonal().array() += 5.0;
  const Vector expected = A.ldlt().solve(X.transpose() * y);
  EXPECT_LT((model.coef() - expected).cwiseAbs().maxCoeff(), 1e-12);
  LinearRegressionParams lp;
  lp.fit_intercept = false;
  LinearRegression ols(lp);
  ols.fit(X, y);
  EXPECT_LT(model.coef().norm(), ols.coef().norm());
}

TEST(Ridge, AlphaZeroOnCollinearDataFallsBack) {
  Matrix X(4, 2);
  X << 1, 1, 2, 2, 3, 3, 4, 5;
  X.col(1) = X.col(0);
  Vector y(4);
  y << 1, 2, 3, 4;
  RidgeParams p;
  p.alpha = 0.0;
  Ridge model(p);
  model.fit(X, y);
  EXPECT_TRUE(model.coef().allFinite());
  EXPECT_LT((model.predict(X) - y).cwiseAbs().maxCoeff(), 1e-10);
}

TEST(Ridge, ParamsAndUnfitted) {
  RidgeParams p;
  p.alpha = -1.0;
  EXPECT_THAT([&] { p.validate(); },
              ThrowsMessage<Error>(HasSubstr("RidgeParams.alpha must be >= 0")));
  const Ridge unfitted;
  EXPECT_THAT([&] { unfitted.coef(); },
              ThrowsMessage<Error>(HasSubstr("Ridge is not fitted; call fit() first")));
}

}  // namespace
}  // namespace mlcore
