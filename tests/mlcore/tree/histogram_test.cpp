// Histogram split search (max_bins > 0): binning, and equivalence with exact search where bins
// are exact.
#include <gtest/gtest.h>

#include <cmath>

#include "mlcore/tree/decision_tree_classifier.hpp"
#include "mlcore/tree/decision_tree_regressor.hpp"
#include "tree/binned_data.hpp"
#include "tree/tree_trainer.hpp"
#include "tree_test_support.hpp"

namespace mlcore {
namespace {

using testing_support::random_matrix;
using testing_support::three_class_labels;

TEST(BinnedData, FewDistinctValuesGetOneBinEach) {
  Matrix X(6, 2);
  X << 1, 0.5, 3, 0.25, 1, 0.125, 7, 0.5, 3, 0.5, 7, 0.25;
  const internal::BinnedData b = internal::bin_features(X, 255);
  EXPECT_EQ(b.n_bins[0], 3);
  EXPECT_EQ(b.n_bins[1], 3);
  const std::uint8_t* c0 = b.column(0);
  EXPECT_EQ(c0[0], 0);
  EXPECT_EQ(c0[1], 1);
  EXPECT_EQ(c0[3], 2);
  // Split "bin <= 0" of feature 0 sits between 1 and 3, exactly as an exact split would.
  EXPECT_DOUBLE_EQ(b.threshold(0, 0, 1), 2.0);
  EXPECT_DOUBLE_EQ(b.threshold(0, 0, 2), 4.0);  // Bin 1 empty in the node: midpoint of 1 and 7.
}

TEST(BinnedData, ContinuousColumnsGetQuantileBinsConsistentWithThresholds) {
  const Matrix X = random_matrix(5000, 2, 1);
  const internal::BinnedData b = internal::bin_features(X, 32);
  EXPECT_EQ(b.n_bins[0], 32);
  for (int f = 0; f < 2; ++f) {
    const std::uint8_t* codes = b.column(f);
    std::vector<int> count(32, 0);
    for (Eigen::Index r = 0; r < X.rows(); ++r) {
      const int code = codes[r];
      ++count[static_cast<std::size_t>(code)];
      // code <= k  <=>  x <= threshold(k, k + 1): trees predict with thresholds only.
      if (code < 31) {
        EXPECT_LE(X(r, f), b.threshold(f, code, code + 1));
      }
      if (code > 0) {
        EXPECT_GT(X(r, f), b.threshold(f, code - 1, code));
      }
    }
    for (int c : count) EXPECT_NEAR(c, 5000 / 32, 40);  // Quantile bins are balanced.
  }
}

TEST(HistogramTree, EqualsExactTreeWhenEveryFeatureHasFewValues) {
  Matrix X = random_matrix(600, 5, 2);
  X = (X * 4).array().round();  // ~20 distinct values per column: bins are exact.
  const Vector y = three_class_labels(X / 4, 3);
  for (Criterion criterion : {Criterion::kGini, Criterion::kEntropy}) {
    DecisionTreeClassifier exact;
    exact.params.criterion = criterion;
    exact.fit(X, y);
    DecisionTreeClassifier hist(exact.params);
    hist.params.max_bins = 255;
    hist.fit(X, y);
    EXPECT_EQ(hist.tree().feature, exact.tree().feature);
    EXPECT_EQ(hist.tree().threshold, exact.tree().threshold);
    EXPECT_EQ(hist.tree().value, exact.tree().value);
  }
}

TEST(HistogramTree, SmallNodeTallyEqualsFullHistograms) {
  const Matrix X = random_matrix(3000, 6, 4);
  const Vector y = three_class_labels(X, 5);
  std::vector<std::int32_t> index(3000);
  for (std::size_t i = 0; i < index.size(); ++i)
    index[i] = static_cast<std::int32_t>(y[static_cast<Eigen::Index>(i)]);
  const internal::BinnedData binned = internal::bin_features(X, 64);
  internal::TrainingSet data;
  data.n_rows = 3000;
  data.n_features = 6;
  data.binned = &binned;
  data.n_classes = 3;
  data.class_index = index.data();
  internal::TrainerConfig config;
  config.histogram_min_rows = 1;  // Histograms (with subtraction) for every node.
  const TreeModel all_hist = internal::grow_tree(data, config, nullptr, 0);
  config.histogram_min_rows = 1u << 30;  // Direct tallies everywhere.
  const TreeModel all_direct = internal::grow_tree(data, config, nullptr, 0);
  EXPECT_EQ(all_hist.feature, all_direct.feature);
  EXPECT_EQ(all_hist.threshold, all_direct.threshold);
  EXPECT_EQ(all_hist.value, all_direct.value);
  EXPECT_GT(all_hist.n_nodes(), 100u);
}

TEST(HistogramTree, AccuracyCloseToExactOnContinuousData) {
  const Matrix X = random_matrix(4000, 6, 6);
  const Vector y = three_class_labels(X, 7);
  const Matrix X_test = random_matrix(2000, 6, 8);
  const Vector y_test = three_class_labels(X_test, 9);
  DecisionTreeClassifier exact;
  exact.params.max_depth = 8;
  exact.fit(X, y);
  DecisionTreeClassifier hist(exact.params);
  hist.params.max_bins = 255;
  hist.fit(X, y);
  auto accuracy = [&](const DecisionTreeClassifier& m) {
    return (m.predict(X_test).array() == y_test.array()).cast<double>().mean();
  };
  EXPECT_NEAR(accuracy(hist), accuracy(exact), 0.015);
  EXPECT_GT(accuracy(hist), 0.8);
}

TEST(HistogramTree, RegressionWithWeights) {
  const Matrix X = random_matrix(1000, 3, 10);
  const Vector y = testing_support::regression_target(X, 11);
  const Vector w = Vector::Constant(1000, 2.0);
  DecisionTreeRegressor plain;
  plain.params.max_bins = 128;
  plain.params.max_depth = 6;
  plain.fit(X, y);
  DecisionTreeRegressor weighted(plain.params);
  weighted.fit(X, y, &w);  // Uniform weights change nothing.
  EXPECT_EQ(plain.tree().threshold, weighted.tree().threshold);
  EXPECT_LT((plain.predict(X) - weighted.predict(X)).cwiseAbs().maxCoeff(), 1e-12);
}

}  // namespace
}  // namespace mlcore
