// grid_search: ParameterGrid order, best-candidate choice, n_jobs independence.
#include "mlcore/model_selection/grid_search.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "mlcore/error.hpp"
#include "toy_models.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;
using testing::MeanRegressor;

TEST(ParameterGrid, SortedKeysLastKeyFastest) {
  const ParamGrid grid = {{"b", {1.0, 2.0}}, {"a", {std::string("x"), std::string("y")}}};
  const std::vector<ParamSet> c = parameter_grid(grid);
  ASSERT_EQ(c.size(), 4u);
  // itertools.product over sorted keys (a, b): (x,1) (x,2) (y,1) (y,2).
  EXPECT_EQ(to_string(c[0]), "{a: x, b: 1}");
  EXPECT_EQ(to_string(c[1]), "{a: x, b: 2}");
  EXPECT_EQ(to_string(c[2]), "{a: y, b: 1}");
  EXPECT_EQ(to_string(c[3]), "{a: y, b: 2}");
  EXPECT_EQ(parameter_grid({}).size(), 1u);
  EXPECT_THROW(parameter_grid({{"a", {}}}), Error);
}

TEST(ParameterGrid, TypedReadsNameTheParameter) {
  const ParamSet p = {{"C", 0.5}, {"criterion", std::string("gini")}};
  EXPECT_EQ(param_number(p, "C"), 0.5);
  EXPECT_EQ(param_text(p, "criterion"), "gini");
  try {
    param_number(p, "criterion");
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("parameter 'criterion' is text"));
  }
  EXPECT_THROW(param_text(p, "max_depth"), Error);
}

// y = 10 + small alternating noise: shrink = 1 predicts the mean, the best possible constant.
class GridSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    X = Matrix::Zero(40, 1);
    y.resize(40);
    for (Eigen::Index i = 0; i < 40; ++i) y[i] = 10.0 + (i % 2 ? 0.5 : -0.5) * double(i % 7);
  }
  GridSearchResult run(std::size_t jobs, bool refit = true) {
    const ParamGrid grid = {{"shrink", {0.0, 0.5, 1.0, 3.0}},
                            {"unused", {std::string("a"), std::string("b")}}};
    GridSearchParams params;
    params.n_jobs = jobs;
    params.refit = refit;
    return grid_search<Matrix>(
        [](const ParamSet& p) { return make_estimator(MeanRegressor(param_number(p, "shrink"))); },
        grid, X, y, KFold(), {"neg_mse", testing::neg_mse}, params);
  }
  Matrix X;
  Vector y;
};

TEST_F(GridSearchTest, PicksTheKnownBestAndBreaksTiesByGridOrder) {
  const GridSearchResult r = run(1);
  ASSERT_EQ(r.results.size(), 8u);
  // shrink=1 with unused=a and unused=b score the same; the first in grid order wins.
  EXPECT_EQ(to_string(r.best_params), "{shrink: 1, unused: a}");
  EXPECT_EQ(r.best_index, 4u);
  EXPECT_EQ(r.results[4].rank, 1u);
  EXPECT_EQ(r.results[5].rank, 1u);
  EXPECT_EQ(r.results[0].rank, 5u);  // shrink=0: two candidates share rank 5, none gets 6.
  EXPECT_EQ(r.results[6].rank, 7u);  // shrink=3 is the worst.
  EXPECT_EQ(r.best_score, r.results[4].mean_test_score);
  // Mean and population std over the fold scores.
  const std::vector<double>& s = r.results[2].test_scores;
  ASSERT_EQ(s.size(), 5u);
  double mean = 0, var = 0;
  for (double v : s) mean += v / 5;
  for (double v : s) var += (v - mean) * (v - mean) / 5;
  EXPECT_NEAR(r.results[2].mean_test_score, mean, 1e-12);
  EXPECT_NEAR(r.results[2].std_test_score, std::sqrt(var), 1e-12);
}

TEST_F(GridSearchTest, RefitsTheBestCandidateOnAllRows) {
  const GridSearchResult r = run(2);
  ASSERT_NE(r.best_estimator, nullptr);
  const auto& best = dynamic_cast<const EstimatorAdapter<MeanRegressor>&>(*r.best_estimator);
  EXPECT_EQ(best.model().fitted_rows(), 40u);  // All rows, not a fold's 32.
  // shrink = 1 on all rows predicts the overall mean exactly.
  EXPECT_EQ(r.best_estimator->predict(X), Vector::Constant(40, y.mean()));
  EXPECT_GE(r.refit_seconds, 0.0);
}

TEST_F(GridSearchTest, NoRefitLeavesNoEstimator) {
  const GridSearchResult r = run(1, /*refit=*/false);
  EXPECT_EQ(r.best_estimator, nullptr);
  EXPECT_EQ(to_string(r.best_params), "{shrink: 1, unused: a}");
}

TEST_F(GridSearchTest, ResultsDoNotDependOnThreadCount) {
  const GridSearchResult one = run(1), many = run(3);
  for (std::size_t i = 0; i < one.results.size(); ++i)
    EXPECT_EQ(one.results[i].test_scores, many.results[i].test_scores);
  EXPECT_EQ(one.best_index, many.best_index);
}

}  // namespace
}  // namespace mlcore
