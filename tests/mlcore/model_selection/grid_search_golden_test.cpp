// grid_search against scikit-learn's GridSearchCV (tests/golden/model_selection/grid_search.json):
// same folds, same per-candidate scores and ranks (ties included), same best params, and a refit
// whose coefficients match scikit-learn's best_estimator_.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "golden.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/grid_search.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"

namespace mlcore {
namespace {

using testing::golden;
using testing::matrix_of;
using testing::vector_of;

// The generator's estimator: LogisticRegression(tol=1e-8, max_iter=10000, C, class_weight).
std::unique_ptr<Estimator> make_logreg(const ParamSet& p) {
  LogisticRegressionParams lp;
  lp.tol = 1e-8;
  lp.max_iter = 10000;
  lp.C = param_number(p, "C");
  lp.class_weight =
      param_text(p, "class_weight") == "balanced" ? ClassWeight::kBalanced : ClassWeight::kNone;
  return make_estimator(LogisticRegression(lp));
}

ParamGrid golden_grid() {
  return {{"C", {0.001, 0.01, 0.1, 1.0, 10.0, 100.0}},
          {"class_weight", {std::string("none"), std::string("balanced")}}};
}

class GridSearchGolden : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { data_ = new nlohmann::json(golden("grid_search.json")); }
  static void TearDownTestSuite() { delete data_; }
  static const nlohmann::json& data() { return *data_; }
  static nlohmann::json* data_;
};
nlohmann::json* GridSearchGolden::data_ = nullptr;

TEST_F(GridSearchGolden, FoldsAreScikitLearns) {
  const Vector y = vector_of(data().at("y"));
  const std::vector<Fold> folds = StratifiedKFold().split(static_cast<std::size_t>(y.size()), &y);
  ASSERT_EQ(folds.size(), data().at("folds").size());
  for (std::size_t f = 0; f < folds.size(); ++f)
    EXPECT_EQ(folds[f].test, testing::indices(data().at("folds")[f])) << "fold " << f;
}

TEST_F(GridSearchGolden, MatchesGridSearchCV) {
  const Matrix X = matrix_of(data().at("X"));
  const Vector y = vector_of(data().at("y"));
  for (const auto& search : data().at("searches")) {
    const std::string scoring = search.at("scoring");
    SCOPED_TRACE(scoring);
    // Accuracy counts identical predictions, so its means agree to rounding; log loss goes
    // through the fitted coefficients (tol 1e-8 on both sides), so it agrees to ~1e-7.
    const double tol = scoring == "accuracy" ? 1e-12 : 1e-6;
    GridSearchParams params;
    params.n_jobs = 2;
    const GridSearchResult r =
        grid_search<Matrix>(make_logreg, golden_grid(), X, y, StratifiedKFold(),
                            {scoring, score_function(make_scorer(scoring))}, params);
    const auto& expected = search.at("candidates");
    ASSERT_EQ(r.results.size(), expected.size());
    for (std::size_t c = 0; c < expected.size(); ++c) {
      const GridSearchEntry& got = r.results[c];
      SCOPED_TRACE(to_string(got.params));
      EXPECT_EQ(param_number(got.params, "C"), expected[c].at("C").get<double>());
      EXPECT_EQ(param_text(got.params, "class_weight"), expected[c].at("class_weight"));
      const Vector splits = vector_of(expected[c].at("split_scores"));
      for (std::size_t f = 0; f < got.test_scores.size(); ++f)
        EXPECT_NEAR(got.test_scores[f], splits[static_cast<Eigen::Index>(f)], tol);
      EXPECT_NEAR(got.mean_test_score, expected[c].at("mean_test_score").get<double>(), tol);
      EXPECT_NEAR(got.std_test_score, expected[c].at("std_test_score").get<double>(), tol);
      EXPECT_EQ(got.rank, expected[c].at("rank_test_score").get<std::size_t>());
    }
    EXPECT_EQ(r.best_index, search.at("best_index").get<std::size_t>());
    EXPECT_EQ(param_number(r.best_params, "C"), search.at("best_params").at("C").get<double>());
    EXPECT_EQ(param_text(r.best_params, "class_weight"),
              search.at("best_params").at("class_weight"));
    EXPECT_NEAR(r.best_score, search.at("best_score").get<double>(), tol);

    // The refit: the best candidate fitted on all rows, as scikit-learn's best_estimator_.
    ASSERT_NE(r.best_estimator, nullptr);
    const auto& refit =
        dynamic_cast<const EstimatorAdapter<LogisticRegression>&>(*r.best_estimator).model();
    EXPECT_EQ(refit.metadata.n_samples, static_cast<std::size_t>(X.rows()));
    const Vector coef = vector_of(search.at("refit_coef"));
    for (Eigen::Index j = 0; j < coef.size(); ++j)
      EXPECT_LE(std::abs(refit.coef()(0, j) - coef[j]) / std::max(std::abs(coef[j]), 1e-2), 1e-4)
          << "coef " << j;
    const double intercept = vector_of(search.at("refit_intercept"))[0];
    EXPECT_LE(std::abs(refit.intercept()[0] - intercept) / std::max(std::abs(intercept), 1e-2),
              1e-4);
  }
}

}  // namespace
}  // namespace mlcore
