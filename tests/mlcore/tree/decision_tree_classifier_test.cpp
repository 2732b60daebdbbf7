#include "mlcore/tree/decision_tree_classifier.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "mlcore/error.hpp"
#include "tree_test_support.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;

#define EXPECT_THROW_MSG(statement, substring)                           \
  try {                                                                  \
    statement;                                                           \
    ADD_FAILURE() << "expected mlcore::Error containing: " << substring; \
  } catch (const Error& e) {                                             \
    EXPECT_THAT(std::string(e.what()), HasSubstr(substring));            \
  }

// Six points on one feature, labels 0 0 1 0 1 1. Root gini 0.5. Weighted child gini per
// threshold: 1.5 -> 5/6*0.48 = 0.4; 2.5 -> 4/6*0.375 = 0.25; 3.5 -> 4/9; 4.5 -> 0.25; 5.5 -> 0.4.
// 2.5 and 4.5 tie: the first wins. The right node {3,4,5,6} (1 0 1 1) splits at 4.5
// (children {1,0}, {1,1}), and {3,4} at 3.5.
Matrix six_x() { return (Matrix(6, 1) << 1, 2, 3, 4, 5, 6).finished(); }
Vector six_y() { return (Vector(6) << 0, 0, 1, 0, 1, 1).finished(); }

using testing_support::random_matrix;
Vector labels_for(const Matrix& X, unsigned seed) {
  return testing_support::three_class_labels(X, seed);
}

TEST(DecisionTreeClassifier, HandComputedSixPointTree) {
  DecisionTreeClassifier model;
  model.fit(six_x(), six_y());
  const TreeModel& t = model.tree();
  ASSERT_EQ(t.n_nodes(), 7u);
  EXPECT_EQ(t.feature[0], 0);
  EXPECT_DOUBLE_EQ(t.threshold[0], 2.5);
  EXPECT_DOUBLE_EQ(t.impurity[0], 0.5);
  EXPECT_EQ(t.left[0], 1);  // Leaf {1, 2}.
  EXPECT_EQ(t.right[0], 2);
  EXPECT_DOUBLE_EQ(t.impurity[1], 0.0);
  EXPECT_DOUBLE_EQ(t.threshold[2], 4.5);
  EXPECT_DOUBLE_EQ(t.impurity[2], 0.375);
  EXPECT_DOUBLE_EQ(t.threshold[3], 3.5);
  EXPECT_DOUBLE_EQ(t.impurity[3], 0.5);
  EXPECT_EQ(t.n_node_samples[2], 4);
  EXPECT_EQ(model.depth(), 3);
  EXPECT_EQ(model.n_leaves(), 4);
  EXPECT_EQ(model.predict(six_x()), six_y());  // Fully grown: training rows are recalled.
  const Matrix proba = model.predict_proba((Matrix(1, 1) << 2.0).finished());
  EXPECT_DOUBLE_EQ(proba(0, 0), 1.0);
  EXPECT_DOUBLE_EQ(proba(0, 1), 0.0);
}

TEST(DecisionTreeClassifier, LabelsAreAnyDoublesAndProbaFollowsClasses) {
  Vector y = six_y();
  for (Eigen::Index i = 0; i < y.size(); ++i) y[i] = y[i] == 0 ? 7.0 : 3.0;
  DecisionTreeClassifier model;
  model.params.max_depth = 1;
  model.fit(six_x(), y);
  EXPECT_EQ(model.classes(), (Vector(2) << 3.0, 7.0).finished());
  const Matrix proba = model.predict_proba((Matrix(2, 1) << 1.0, 5.0).finished());
  EXPECT_DOUBLE_EQ(proba(0, 1), 1.0);   // Left leaf {1,2}: both 7.
  EXPECT_DOUBLE_EQ(proba(1, 0), 0.75);  // Right leaf: three 3s, one 7.
  EXPECT_EQ(model.predict((Matrix(1, 1) << 5.0).finished())[0], 3.0);
}

TEST(DecisionTreeClassifier, EntropyIsInBits) {
  DecisionTreeClassifierParams p;
  p.criterion = Criterion::kEntropy;
  p.max_depth = 1;
  DecisionTreeClassifier model(p);
  model.fit(six_x(), six_y());
  EXPECT_DOUBLE_EQ(model.tree().impurity[0], 1.0);  // Three and three: one bit.
}

TEST(DecisionTreeClassifier, MinSamplesLeafHonoured) {
  const Matrix X = random_matrix(300, 4, 1);
  const Vector y = labels_for(X, 2);
  for (int max_bins : {0, 255}) {
    DecisionTreeClassifier model;
    model.params.min_samples_leaf = 7;
    model.params.max_bins = max_bins;
    model.fit(X, y);
    const TreeModel& t = model.tree();
    for (std::size_t i = 0; i < t.n_nodes(); ++i)
      if (t.left[i] < 0) {
        EXPECT_GE(t.n_node_samples[i], 7);
      }
  }
}

TEST(DecisionTreeClassifier, MaxDepthAndMinSamplesSplitHonoured) {
  const Matrix X = random_matrix(300, 4, 3);
  const Vector y = labels_for(X, 4);
  DecisionTreeClassifier model;
  model.params.max_depth = 3;
  model.fit(X, y);
  EXPECT_EQ(model.depth(), 3);
  EXPECT_LE(model.n_leaves(), 8);
  model.params.max_depth = -1;
  model.params.min_samples_split = 40;
  model.fit(X, y);
  const TreeModel& t = model.tree();
  for (std::size_t i = 0; i < t.n_nodes(); ++i)
    if (t.left[i] >= 0) {
      EXPECT_GE(t.n_node_samples[i], 40);
    }
}

TEST(DecisionTreeClassifier, PureNodeStopsAndSingleClassIsOneLeaf) {
  DecisionTreeClassifier model;
  model.fit(six_x(), Vector::Constant(6, 4.0));
  EXPECT_EQ(model.n_leaves(), 1);
  EXPECT_EQ(model.depth(), 0);
  EXPECT_EQ(model.predict(six_x()), Vector::Constant(6, 4.0));
  EXPECT_EQ(model.feature_importances(), Vector::Zero(1));  // Nothing split: no importance.
}

TEST(DecisionTreeClassifier, ConstantFeatureNeverSplit) {
  Matrix X = random_matrix(200, 3, 5);
  X.col(1).setConstant(2.5);
  const Vector y = labels_for(X, 6);
  for (int max_bins : {0, 16}) {
    DecisionTreeClassifier model;
    model.params.max_bins = max_bins;
    model.params.max_features = 1;  // Draws that hit the constant feature must go on.
    model.fit(X, y);
    for (std::int32_t f : model.tree().feature) EXPECT_NE(f, 1);
    EXPECT_EQ(model.feature_importances()[1], 0.0);
  }
}

TEST(DecisionTreeClassifier, SampleWeightsEqualDuplicatedRows) {
  const Matrix X = random_matrix(120, 3, 7);
  const Vector y = labels_for(X, 8);
  Vector w(120);
  std::mt19937 rng(9);
  int total = 0;
  for (Eigen::Index i = 0; i < 120; ++i) {
    const int copies = static_cast<int>(rng() % 3) + 1;
    w[i] = copies;
    total += copies;
  }
  Matrix Xd(total, 3);
  Vector yd(total);
  int at = 0;
  for (Eigen::Index i = 0; i < 120; ++i)
    for (int k = 0; k < w[i]; ++k, ++at) {
      Xd.row(at) = X.row(i);
      yd[at] = y[i];
    }
  const Matrix probe = random_matrix(200, 3, 10);
  for (int max_bins : {0, 255}) {
    DecisionTreeClassifier weighted;
    weighted.params.max_bins = max_bins;
    weighted.params.max_depth = 6;
    weighted.fit(X, y, &w);
    DecisionTreeClassifier duplicated(weighted.params);
    duplicated.fit(Xd, yd);
    EXPECT_EQ(weighted.predict_proba(probe), duplicated.predict_proba(probe)) << max_bins;
  }
}

TEST(DecisionTreeClassifier, ZeroWeightRowsAreIgnored) {
  Matrix X = six_x();
  Vector y = six_y();
  Vector w = Vector::Ones(6);
  w[2] = 0.0;  // Drop the only 1 among the first three points.
  DecisionTreeClassifier model;
  model.fit(X, y, &w);
  EXPECT_DOUBLE_EQ(model.tree().threshold[0], 4.5);  // 1 2 4 | 5 6 is now pure.
  EXPECT_EQ(model.tree().n_node_samples[0], 5);
}

TEST(DecisionTreeClassifier, SameSeedSameTreeAndSeedMatters) {
  const Matrix X = random_matrix(400, 8, 11);
  const Vector y = labels_for(X, 12);
  DecisionTreeClassifierParams p;
  p.max_features = kMaxFeaturesSqrt;
  p.random_state = 5;
  DecisionTreeClassifier a(p), b(p);
  a.fit(X, y);
  b.fit(X, y);
  EXPECT_EQ(a.tree().threshold, b.tree().threshold);
  EXPECT_EQ(a.tree().feature, b.tree().feature);
  p.random_state = 6;
  DecisionTreeClassifier c(p);
  c.fit(X, y);
  EXPECT_NE(a.tree().feature, c.tree().feature);
}

TEST(DecisionTreeClassifier, MinImpurityDecreaseStopsWeakSplits) {
  DecisionTreeClassifier model;
  model.params.min_impurity_decrease = 0.3;  // The best root split only gains 0.25.
  model.fit(six_x(), six_y());
  EXPECT_EQ(model.n_leaves(), 1);
  model.params.min_impurity_decrease = 0.2;
  model.fit(six_x(), six_y());
  EXPECT_GT(model.n_leaves(), 1);
}

TEST(DecisionTreeClassifier, ImportancesSumToOneAndFollowTheSignal) {
  const Matrix X = random_matrix(500, 5, 13);
  const Vector y = labels_for(X, 14);
  DecisionTreeClassifier model;
  model.params.max_depth = 5;
  model.fit(X, y);
  const Vector imp = model.feature_importances();
  EXPECT_NEAR(imp.sum(), 1.0, 1e-12);
  EXPECT_GT(imp[0], imp[2] + imp[3] + imp[4]);
}

TEST(DecisionTreeClassifier, SaveLoadPredictsBitIdentically) {
  const Matrix X = random_matrix(300, 4, 15);
  const Vector y = labels_for(X, 16);
  DecisionTreeClassifier model;
  model.params.criterion = Criterion::kEntropy;
  model.params.max_bins = 64;
  model.metadata.feature_names = {"a", "b", "c", "d"};
  model.metadata.target = "label";
  model.fit(X, y);
  const DecisionTreeClassifier loaded = DecisionTreeClassifier::from_json(model.to_json());
  const Matrix probe = random_matrix(500, 4, 17);
  EXPECT_EQ(loaded.predict_proba(probe), model.predict_proba(probe));
  EXPECT_EQ(loaded.predict(probe), model.predict(probe));
  EXPECT_EQ(loaded.params.criterion, Criterion::kEntropy);
  EXPECT_EQ(loaded.params.max_bins, 64);
  EXPECT_EQ(loaded.metadata.feature_names, model.metadata.feature_names);
  EXPECT_EQ(loaded.metadata.n_samples, 300u);
  EXPECT_EQ(loaded.to_json(), model.to_json());
}

TEST(DecisionTreeClassifier, MalformedOrNewerFilesAreErrors) {
  DecisionTreeClassifier model;
  model.fit(six_x(), six_y());
  std::string text = model.to_json();
  EXPECT_THROW_MSG(DecisionTreeClassifier::from_json("{"), "not valid JSON");
  std::string newer = text;
  newer.replace(newer.find("\"format_version\":1"), 18, "\"format_version\":99");
  EXPECT_THROW_MSG(DecisionTreeClassifier::from_json(newer), "newer mlcore");
  std::string cyclic = text;
  cyclic.replace(cyclic.find("\"left\":[1"), 9, "\"left\":[0");
  EXPECT_THROW_MSG(DecisionTreeClassifier::from_json(cyclic), "out of order");
  std::string bad_feature = text;
  bad_feature.replace(bad_feature.find("\"feature\":[0"), 12, "\"feature\":[7");
  EXPECT_THROW_MSG(DecisionTreeClassifier::from_json(bad_feature), "feature 7");
  std::string missing = text;
  missing.replace(missing.find("\"threshold\""), 11, "\"threshXld\"");
  EXPECT_THROW_MSG(DecisionTreeClassifier::from_json(missing), "threshold");
  EXPECT_THROW_MSG(DecisionTreeClassifier::from_json(
                       R"({"format_version":1,"model":"decision_tree_regressor"})"),
                   "not a 'decision_tree_classifier'");
}

TEST(DecisionTreeClassifier, MisuseIsAClearError) {
  DecisionTreeClassifier model;
  EXPECT_THROW_MSG(model.predict(six_x()),
                   "DecisionTreeClassifier is not fitted; call fit() first");
  EXPECT_THROW_MSG(model.to_json(), "is not fitted");
  EXPECT_THROW_MSG(model.fit(six_x(), Vector::Zero(5)), "y has 5 values, expected 6");
  Vector w = Vector::Ones(6);
  w[0] = -1;
  EXPECT_THROW_MSG(model.fit(six_x(), six_y(), &w), "sample_weight must be finite and >= 0");
  Matrix nan_x = six_x();
  nan_x(0, 0) = std::nan("");
  EXPECT_THROW_MSG(model.fit(nan_x, six_y()), "X contains NaN");
  model.fit(six_x(), six_y());
  EXPECT_THROW_MSG(model.predict(Matrix::Zero(2, 3)),
                   "X has 3 features, but the model was fitted with 1");
  model.params.max_depth = 0;
  EXPECT_THROW_MSG(model.fit(six_x(), six_y()),
                   "DecisionTreeClassifierParams.max_depth must be -1 or >= 1 (got 0)");
  model.params.max_depth = -1;
  model.params.criterion = Criterion::kSquaredError;
  EXPECT_THROW_MSG(model.fit(six_x(), six_y()), "DecisionTreeClassifierParams.criterion");
  model.params.criterion = Criterion::kGini;
  model.params.max_bins = 300;
  EXPECT_THROW_MSG(model.fit(six_x(), six_y()), "DecisionTreeClassifierParams.max_bins");
}

}  // namespace
}  // namespace mlcore
