#include "mlcore/tree/decision_tree_regressor.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "mlcore/error.hpp"
#include "tree_test_support.hpp"

namespace mlcore {
namespace {

using testing_support::random_matrix;
using testing_support::regression_target;

// x = 1..6, y = 1 1 1 5 5 9. Root: mean 11/3, variance 80/9. Best split 3.5 (left {1,1,1}
// variance 0; right {5,5,9} mean 19/3, variance 32/9): weighted child variance 16/9 beats
// 4.5 (left {1,1,1,5}: 3, right {5,9}: 4 -> 10/3) and 5.5 (left var 3.84 -> 3.2).
TEST(DecisionTreeRegressor, HandComputedSplitAndMeans) {
  const Matrix X = (Matrix(6, 1) << 1, 2, 3, 4, 5, 6).finished();
  const Vector y = (Vector(6) << 1, 1, 1, 5, 5, 9).finished();
  DecisionTreeRegressor model;
  model.params.max_depth = 1;
  model.fit(X, y);
  const TreeModel& t = model.tree();
  ASSERT_EQ(t.n_nodes(), 3u);
  EXPECT_DOUBLE_EQ(t.threshold[0], 3.5);
  EXPECT_NEAR(t.impurity[0], 80.0 / 9.0, 1e-12);
  EXPECT_DOUBLE_EQ(t.value[1], 1.0);
  EXPECT_NEAR(t.value[2], 19.0 / 3.0, 1e-12);
  EXPECT_NEAR(t.impurity[2], 32.0 / 9.0, 1e-12);
  const Vector pred = model.predict((Matrix(2, 1) << 0.0, 10.0).finished());
  EXPECT_DOUBLE_EQ(pred[0], 1.0);
  EXPECT_NEAR(pred[1], 19.0 / 3.0, 1e-12);
}

TEST(DecisionTreeRegressor, FullyGrownTreeRecallsTrainingTargets) {
  const Matrix X = random_matrix(200, 3, 1);
  const Vector y = regression_target(X, 2);
  for (int max_bins : {0, 255}) {
    DecisionTreeRegressor model;
    model.params.max_bins = max_bins;
    model.fit(X, y);
    EXPECT_LT((model.predict(X) - y).cwiseAbs().maxCoeff(), 1e-12) << max_bins;
    EXPECT_EQ(model.n_leaves(), 200);
  }
}

TEST(DecisionTreeRegressor, SampleWeightsEqualDuplicatedRows) {
  const Matrix X = random_matrix(80, 2, 3);
  const Vector y = regression_target(X, 4);
  Vector w(80);
  Matrix Xd(160, 2);
  Vector yd(160);
  int at = 0;
  for (Eigen::Index i = 0; i < 80; ++i) {
    w[i] = i % 2 == 0 ? 1.0 : 3.0;
    for (int k = 0; k < w[i]; ++k, ++at) {
      Xd.row(at) = X.row(i);
      yd[at] = y[i];
    }
  }
  const Matrix probe = random_matrix(100, 2, 5);
  DecisionTreeRegressor weighted;
  weighted.params.max_depth = 4;
  weighted.fit(X, y, &w);
  DecisionTreeRegressor duplicated(weighted.params);
  duplicated.fit(Xd.topRows(at), yd.head(at));
  EXPECT_LT((weighted.predict(probe) - duplicated.predict(probe)).cwiseAbs().maxCoeff(), 1e-12);
}

TEST(DecisionTreeRegressor, SaveLoadPredictsBitIdentically) {
  const Matrix X = random_matrix(300, 4, 6);
  const Vector y = regression_target(X, 7);
  DecisionTreeRegressor model;
  model.params.min_samples_leaf = 3;
  model.fit(X, y);
  const DecisionTreeRegressor loaded = DecisionTreeRegressor::from_json(model.to_json());
  const Matrix probe = random_matrix(400, 4, 8);
  EXPECT_EQ(loaded.predict(probe), model.predict(probe));
  EXPECT_EQ(loaded.params.min_samples_leaf, 3);
  EXPECT_NEAR(loaded.feature_importances().sum(), 1.0, 1e-12);
}

TEST(DecisionTreeRegressor, MisuseIsAClearError) {
  DecisionTreeRegressor model;
  try {
    model.predict(Matrix::Zero(1, 1));
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "DecisionTreeRegressor is not fitted; call fit() first");
  }
  model.params.criterion = Criterion::kGini;
  EXPECT_THROW(model.fit(Matrix::Ones(3, 1), Vector::Ones(3)), Error);
  model.params.criterion = Criterion::kSquaredError;
  model.fit(Matrix::Ones(3, 1), Vector::Ones(3));
  EXPECT_THROW(DecisionTreeRegressor::from_json(
                   R"({"format_version":1,"model":"decision_tree_regressor","params":{}})"),
               Error);
}

}  // namespace
}  // namespace mlcore
