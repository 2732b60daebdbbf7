#include <gtest/gtest.h>

#include <string>

#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/ensemble/random_forest_regressor.hpp"
#include "mlcore/error.hpp"
#include "tree_test_support.hpp"

namespace mlcore {
namespace {

using testing_support::random_matrix;
using testing_support::three_class_labels;

TEST(RandomForestClassifier, SameForestForAnyThreadCountAndSeedMatters) {
  const Matrix X = random_matrix(400, 6, 1);
  const Vector y = three_class_labels(X, 2);
  const Matrix probe = random_matrix(200, 6, 3);
  RandomForestClassifierParams p;
  p.n_estimators = 12;
  p.random_state = 42;
  p.n_jobs = 1;
  RandomForestClassifier one(p);
  one.fit(X, y);
  p.n_jobs = 3;
  RandomForestClassifier three(p);
  three.fit(X, y);
  EXPECT_EQ(one.predict_proba(probe), three.predict_proba(probe));
  p.random_state = 43;
  RandomForestClassifier other(p);
  other.fit(X, y);
  EXPECT_NE(one.predict_proba(probe), other.predict_proba(probe));
}

TEST(RandomForestClassifier, ProbaIsTheMeanOfTreesAndAccuracyBeatsOneTree) {
  const Matrix X = random_matrix(600, 6, 4);
  const Vector y = three_class_labels(X, 5);
  const Matrix X_test = random_matrix(1000, 6, 6);
  const Vector y_test = three_class_labels(X_test, 7);
  RandomForestClassifier forest;
  forest.params.n_estimators = 30;
  forest.fit(X, y);
  const Matrix proba = forest.predict_proba(X_test);
  EXPECT_LT((proba.rowwise().sum().array() - 1.0).abs().maxCoeff(), 1e-12);
  Matrix mean = Matrix::Zero(1, 3);
  for (const TreeModel& tree : forest.trees()) {
    const double* v = tree.leaf_value(X_test.row(0).data());
    for (int c = 0; c < 3; ++c) mean(0, c) += v[c] / 30.0;
  }
  EXPECT_LT((mean.row(0) - proba.row(0)).cwiseAbs().maxCoeff(), 1e-12);
  const double accuracy = (forest.predict(X_test).array() == y_test.array()).cast<double>().mean();
  EXPECT_GT(accuracy, 0.85);
  const Vector imp = forest.feature_importances();
  EXPECT_NEAR(imp.sum(), 1.0, 1e-12);
  EXPECT_GT(imp[0], imp[3]);
}

TEST(RandomForestClassifier, SaveLoadPredictsBitIdentically) {
  const Matrix X = random_matrix(300, 4, 8);
  const Vector y = three_class_labels(X, 9);
  RandomForestClassifier forest;
  forest.params.n_estimators = 5;
  forest.params.max_depth = 6;
  forest.fit(X, y);
  const RandomForestClassifier loaded = RandomForestClassifier::from_json(forest.to_json());
  const Matrix probe = random_matrix(300, 4, 10);
  EXPECT_EQ(loaded.predict_proba(probe), forest.predict_proba(probe));
  EXPECT_EQ(loaded.params.n_estimators, 5);
  EXPECT_EQ(loaded.params.max_features, kMaxFeaturesSqrt);
  EXPECT_THROW(RandomForestClassifier::from_json(
                   R"({"format_version":2,"model":"random_forest_classifier"})"),
               Error);
}

TEST(RandomForestClassifier, MisuseIsAClearError) {
  RandomForestClassifier forest;
  try {
    forest.predict(Matrix::Zero(1, 2));
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "RandomForestClassifier is not fitted; call fit() first");
  }
  forest.params.n_estimators = 0;
  try {
    forest.fit(Matrix::Ones(4, 1), Vector::Ones(4));
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "RandomForestClassifierParams.n_estimators must be >= 1 (got 0)");
  }
}

TEST(RandomForestRegressor, ThreadIndependentAccurateAndRoundTrips) {
  const Matrix X = random_matrix(500, 4, 11);
  const Vector y = testing_support::regression_target(X, 12);
  const Matrix X_test = random_matrix(300, 4, 13);
  const Vector y_test = testing_support::regression_target(X_test, 14);
  RandomForestRegressorParams p;
  p.n_estimators = 20;
  p.n_jobs = 1;
  RandomForestRegressor one(p);
  one.fit(X, y);
  p.n_jobs = 2;
  RandomForestRegressor two(p);
  two.fit(X, y);
  EXPECT_EQ(one.predict(X_test), two.predict(X_test));
  const Vector pred = one.predict(X_test);
  const double r2 =
      1.0 - (pred - y_test).squaredNorm() / (y_test.array() - y_test.mean()).matrix().squaredNorm();
  EXPECT_GT(r2, 0.8);
  const RandomForestRegressor loaded = RandomForestRegressor::from_json(one.to_json());
  EXPECT_EQ(loaded.predict(X_test), pred);
  EXPECT_NEAR(one.feature_importances().sum(), 1.0, 1e-12);
  EXPECT_THROW(RandomForestRegressor::from_json(one.to_json().replace(0, 1, "[")), Error);
}

}  // namespace
}  // namespace mlcore
