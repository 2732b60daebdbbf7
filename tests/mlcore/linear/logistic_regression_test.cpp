#include "mlcore/linear/logistic_regression.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlcore/error.hpp"
#include "test_data.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

Vector labels(std::initializer_list<double> values) {
  Vector v(static_cast<Eigen::Index>(values.size()));
  Eigen::Index i = 0;
  for (double x : values) v[i++] = x;
  return v;
}

struct Data {
  Matrix X;
  Vector y;
};

Data binary_data(int n = 200) {
  Data d;
  testing_data::make_classification(n, 4, 2, 1, d.X, d.y, labels({3.0, 7.0}));
  return d;
}

TEST(LogisticRegression, UnfittedModelThrows) {
  const LogisticRegression model;
  const Matrix X = Matrix::Zero(2, 3);
  EXPECT_THAT(
      [&] { model.predict(X); },
      ThrowsMessage<Error>(HasSubstr("LogisticRegression is not fitted; call fit() first")));
  EXPECT_THROW(model.predict_proba(X), Error);
  EXPECT_THROW(model.coef(), Error);
  EXPECT_THROW(model.to_json(), Error);
}

TEST(LogisticRegression, ShapeMismatchesNameExpectedAndGot) {
  const Data d = binary_data();
  LogisticRegression model;
  const Vector short_y = d.y.head(10);
  EXPECT_THAT([&] { model.fit(d.X, short_y); },
              ThrowsMessage<Error>(HasSubstr("y has 10 entries, expected 200")));
  const Vector w = Vector::Ones(5);
  EXPECT_THAT([&] { model.fit(d.X, d.y, &w); },
              ThrowsMessage<Error>(HasSubstr("sample_weight has 5 entries, expected 200")));
  model.fit(d.X, d.y);
  const Matrix wide = Matrix::Zero(3, 5);
  EXPECT_THAT([&] { model.predict_proba(wide); },
              ThrowsMessage<Error>(HasSubstr("X has 5 features, expected 4")));
}

TEST(LogisticRegression, RejectsBadInput) {
  const Data d = binary_data();
  LogisticRegression model;
  const Vector one_class = Vector::Ones(200);
  EXPECT_THAT([&] { model.fit(d.X, one_class); },
              ThrowsMessage<Error>(HasSubstr("at least two classes")));
  Matrix nan_X = d.X;
  nan_X(3, 1) = NAN;
  EXPECT_THAT([&] { model.fit(nan_X, d.y); },
              ThrowsMessage<Error>(HasSubstr("X contains NaN or infinity")));
  Vector negative = Vector::Ones(200);
  negative[0] = -1.0;
  EXPECT_THROW(model.fit(d.X, d.y, &negative), Error);
}

TEST(LogisticRegression, ParamsValidateNamesTheField) {
  LogisticRegressionParams p;
  p.C = -1.0;
  EXPECT_THAT([&] { p.validate(); },
              ThrowsMessage<Error>(HasSubstr("LogisticRegressionParams.C must be > 0 (got -1)")));
  p = {};
  p.max_iter = 0;
  EXPECT_THAT([&] { p.validate(); }, ThrowsMessage<Error>(HasSubstr("max_iter")));
  p = {};
  p.tol = -1e-3;
  EXPECT_THAT([&] { p.validate(); }, ThrowsMessage<Error>(HasSubstr("tol")));
  p.tol = 0.0;
  EXPECT_NO_THROW(p.validate());
  p.n_threads = 0;
  EXPECT_THAT([&] { p.validate(); }, ThrowsMessage<Error>(HasSubstr("n_threads")));
  // fit validates too.
  const Data d = binary_data();
  LogisticRegressionParams bad;
  bad.C = 0.0;
  LogisticRegression model(bad);
  EXPECT_THROW(model.fit(d.X, d.y), Error);
}

TEST(LogisticRegression, BinaryHasOneRowAndConsistentOutputs) {
  const Data d = binary_data();
  LogisticRegression model;
  model.fit(d.X, d.y);
  EXPECT_TRUE(model.converged());
  EXPECT_EQ(model.convergence_warning(), "");
  EXPECT_EQ(model.classes(), labels({3.0, 7.0}));
  EXPECT_EQ(model.coef().rows(), 1);
  EXPECT_EQ(model.coef().cols(), 4);
  EXPECT_EQ(model.intercept().size(), 1);
  const Matrix proba = model.predict_proba(d.X);
  const Matrix scores = model.decision_function(d.X);
  const Vector pred = model.predict(d.X);
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
    EXPECT_NEAR(proba.row(i).sum(), 1.0, 1e-15);
    EXPECT_EQ(pred[i], scores(i, 0) > 0 ? 7.0 : 3.0);
    EXPECT_EQ(pred[i] == 7.0, proba(i, 1) > 0.5);
  }
  EXPECT_GT((pred.array() == d.y.array()).cast<double>().mean(), 0.7);
}

TEST(LogisticRegression, MultinomialHasOneRowPerClass) {
  Data d;
  testing_data::make_classification(300, 5, 3, 2, d.X, d.y, labels({-1.0, 0.5, 4.0}));
  LogisticRegression model;
  model.fit(d.X, d.y);
  EXPECT_EQ(model.coef().rows(), 3);
  EXPECT_EQ(model.intercept().size(), 3);
  // The full softmax is invariant to a common shift; the L2 penalty picks the centered one.
  EXPECT_LT(model.coef().colwise().sum().cwiseAbs().maxCoeff(), 1e-3);
  const Matrix proba = model.predict_proba(d.X);
  const Vector pred = model.predict(d.X);
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
    Eigen::Index k;
    proba.row(i).maxCoeff(&k);
    EXPECT_EQ(pred[i], model.classes()[k]);
    EXPECT_NEAR(proba.row(i).sum(), 1.0, 1e-14);
  }
}

TEST(LogisticRegression, BalancedClassWeightEqualsExplicitWeights) {
  Data d = binary_data(150);
  // Make it imbalanced: relabel most 7s as 3s.
  for (Eigen::Index i = 0; i < d.y.size(); i += 3) d.y[i] = 3.0;
  const double n = 150.0, n7 = static_cast<double>((d.y.array() == 7.0).count()), n3 = n - n7;
  Vector explicit_weights(d.y.size());
  for (Eigen::Index i = 0; i < d.y.size(); ++i)
    explicit_weights[i] = d.y[i] == 7.0 ? n / (2 * n7) : n / (2 * n3);

  LogisticRegressionParams balanced;
  balanced.class_weight = ClassWeight::kBalanced;
  balanced.tol = 1e-10;
  LogisticRegression a(balanced);
  a.fit(d.X, d.y);
  LogisticRegressionParams plain;
  plain.tol = 1e-10;
  LogisticRegression b(plain);
  b.fit(d.X, d.y, &explicit_weights);
  EXPECT_EQ(a.coef(), b.coef());  // Same weights, same arithmetic.
  EXPECT_EQ(a.intercept(), b.intercept());

  // Balanced weights multiply sample weights.
  const Vector sw = Vector::LinSpaced(150, 0.5, 2.0);
  a.fit(d.X, d.y, &sw);
  const Vector product = explicit_weights.cwiseProduct(sw);
  b.fit(d.X, d.y, &product);
  EXPECT_LT((a.coef() - b.coef()).cwiseAbs().maxCoeff(), 1e-12);
}

TEST(LogisticRegression, SampleWeightsOfTwoEqualDuplicatedRows) {
  const Data d = binary_data(60);
  Vector w = Vector::Ones(60);
  w.head(20).setConstant(2.0);
  Matrix X2(80, 4);
  Vector y2(80);
  X2 << d.X, d.X.topRows(20);
  y2 << d.y, d.y.head(20);
  LogisticRegressionParams p;
  p.tol = 1e-10;
  LogisticRegression a(p), b(p);
  a.fit(d.X, d.y, &w);
  b.fit(X2, y2);
  EXPECT_LT((a.coef() - b.coef()).cwiseAbs().maxCoeff(), 1e-6);
}

TEST(LogisticRegression, SeparableDataWithLargeCStaysFinite) {
  Matrix X(8, 1);
  X << -4, -3, -2, -1, 1, 2, 3, 4;
  const Vector y = labels({0, 0, 0, 0, 1, 1, 1, 1});
  LogisticRegressionParams p;
  p.C = 1e10;
  p.max_iter = 1000;
  LogisticRegression model(p);
  model.fit(X, y);
  EXPECT_TRUE(model.coef().allFinite());
  EXPECT_TRUE(std::isfinite(model.intercept()[0]));
  EXPECT_GT(model.coef()(0, 0), 5.0);  // Pushed far toward a hard threshold.
  const Matrix proba = model.predict_proba(X);
  EXPECT_TRUE(proba.allFinite());
  EXPECT_EQ(model.predict(X), y);
}

TEST(LogisticRegression, MaxIterReachedSetsWarning) {
  Data d;
  testing_data::make_classification(200, 6, 3, 5, d.X, d.y, labels({0, 1, 2}));
  LogisticRegressionParams p;
  p.max_iter = 2;
  p.tol = 1e-12;
  LogisticRegression model(p);
  model.fit(d.X, d.y);
  EXPECT_FALSE(model.converged());
  EXPECT_EQ(model.n_iter(), 2);
  EXPECT_THAT(model.convergence_warning(), HasSubstr("did not converge"));
}

TEST(LogisticRegression, ThreadCountDoesNotChangeResults) {
  for (int classes : {2, 3}) {
    Data d;  // 100k values of X: large enough for the loss to really use threads.
    testing_data::make_classification(20000, 8, classes, 6, d.X, d.y, labels({0, 1, 2}));
    const Vector w = Vector::LinSpaced(20000, 0.5, 1.5);
    LogisticRegressionParams p;
    LogisticRegression one(p);
    one.fit(d.X, d.y, &w);
    p.n_threads = 3;
    LogisticRegression three(p);
    three.fit(d.X, d.y, &w);
    EXPECT_EQ(one.coef(), three.coef());
    EXPECT_EQ(one.intercept(), three.intercept());
    EXPECT_EQ(one.n_iter(), three.n_iter());
  }
}

TEST(LogisticRegression, NoInterceptGivesZeroIntercept) {
  const Data d = binary_data();
  LogisticRegressionParams p;
  p.fit_intercept = false;
  LogisticRegression model(p);
  model.fit(d.X, d.y);
  EXPECT_EQ(model.intercept(), Vector::Zero(1));
}

}  // namespace
}  // namespace mlcore
