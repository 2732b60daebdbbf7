// cross_validate: per-fold fresh models, fold-order results independent of n_jobs.
#include "mlcore/model_selection/cross_validate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>

#include "mlcore/data/random_state.hpp"
#include "mlcore/data/rows.hpp"
#include "mlcore/error.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"
#include "toy_models.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;
using testing::MeanRegressor;
using testing::NearestCentroid;

// Two noisy blobs (synthetic, seeded).
void blobs(Matrix& X, Vector& y, std::size_t n) {
  RandomState rs(5);
  X.resize(static_cast<Eigen::Index>(n), 2);
  y.resize(static_cast<Eigen::Index>(n));
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    y[i] = i % 3 == 0 ? 7.0 : 3.0;
    X(i, 0) = (y[i] == 7.0 ? 1.0 : -1.0) + rs.uniform(-1.5, 1.5);
    X(i, 1) = rs.uniform(-1.0, 1.0);
  }
}

TEST(CrossValidate, ResultsDoNotDependOnThreadCount) {
  Matrix X;
  Vector y;
  blobs(X, y, 300);
  StratifiedKFoldParams sp;
  sp.shuffle = true;
  sp.random_state = 3;
  const ScoreFunctions scorers = {
      {"accuracy", testing::accuracy},
      {"mean_p_first", [](const Vector&, const Vector&, const Matrix* p, const Vector* classes) {
         return p->col(0).mean() + (*classes)[0];  // classes() is passed along with proba.
       }}};
  auto run = [&](std::size_t jobs) {
    CrossValidateParams params;
    params.n_jobs = jobs;
    params.return_train_score = true;
    return cross_validate<Matrix>([] { return make_estimator(NearestCentroid()); }, X, y,
                                  StratifiedKFold(sp), scorers, params);
  };
  const CrossValidationResult one = run(1);
  ASSERT_EQ(one.test_scores.at("accuracy").size(), 5u);
  EXPECT_GT(one.mean_test_score("accuracy"), 0.7);
  EXPECT_EQ(one.train_scores.at("accuracy").size(), 5u);
  EXPECT_EQ(one.fit_times.size(), 5u);
  for (std::size_t jobs : {0u, 2u, 3u, 8u}) {
    const CrossValidationResult many = run(jobs);
    EXPECT_EQ(many.test_scores, one.test_scores) << "n_jobs=" << jobs;
    EXPECT_EQ(many.train_scores, one.train_scores) << "n_jobs=" << jobs;
  }
}

TEST(CrossValidate, EachFoldFitsOnItsTrainRowsOnly) {
  // Mean regressor on y = row index: fold f's prediction is the mean of the other rows, so the
  // score is known by hand for KFold(5) on 10 rows.
  Matrix X = Matrix::Zero(10, 1);
  Vector y(10);
  for (Eigen::Index i = 0; i < 10; ++i) y[i] = static_cast<double>(i);
  const CrossValidationResult r =
      cross_validate<Matrix>([] { return make_estimator(MeanRegressor()); }, X, y, KFold(),
                             {{"neg_mse", testing::neg_mse}});
  const std::vector<Fold> folds = KFold().split(10, nullptr);
  for (std::size_t f = 0; f < 5; ++f) {
    const double train_mean = take_rows(y, folds[f].train).mean();
    const Vector test = take_rows(y, folds[f].test);
    const double expected = -(test.array() - train_mean).square().mean();
    EXPECT_DOUBLE_EQ(r.test_scores.at("neg_mse")[f], expected);
  }
}

TEST(CrossValidate, ProbaOnlyForModelsThatHaveIt) {
  Matrix X;
  Vector y;
  blobs(X, y, 30);
  std::atomic<int> with{0}, without{0};
  const ScoreFunction probe = [&](const Vector&, const Vector&, const Matrix* p, const Vector*) {
    (p ? with : without)++;
    return 0.0;
  };
  CrossValidateParams params;
  params.n_jobs = 2;
  cross_validate<Matrix>([] { return make_estimator(NearestCentroid()); }, X, y, KFold(),
                         {{"probe", probe}}, params);
  EXPECT_EQ(with.load(), 5);
  cross_validate<Matrix>([] { return make_estimator(MeanRegressor()); }, X, y, KFold(),
                         {{"probe", probe}}, params);
  EXPECT_EQ(without.load(), 5);
}

// Shaped like mlcore::Scorer (mlcore/metrics/scorer.hpp): score(y_true, y_pred, proba, classes).
struct CountingScorer {
  double score(const Vector& y, const Vector&, const Matrix*, const Vector*) const {
    return static_cast<double>(y.size());
  }
};

TEST(CrossValidate, ScorerObjectsPlugInThroughScoreFunction) {
  Matrix X = Matrix::Zero(10, 1);
  Vector y = Vector::Zero(10);
  const CrossValidationResult r =
      cross_validate<Matrix>([] { return make_estimator(MeanRegressor()); }, X, y, KFold(),
                             {{"n_test", score_function(CountingScorer())}});
  EXPECT_EQ(r.test_scores.at("n_test"), std::vector<double>(5, 2.0));
}

TEST(CrossValidate, MetricsScorerFactoryPlugsIn) {
  Matrix X;
  Vector y;
  blobs(X, y, 120);
  const CrossValidationResult r = cross_validate<Matrix>(
      [] { return make_estimator(NearestCentroid()); }, X, y, StratifiedKFold(),
      {{"accuracy", score_function(make_scorer("accuracy"))},
       {"mine", testing::accuracy},
       {"neg_log_loss", score_function(make_scorer("neg_log_loss"))}});
  EXPECT_EQ(r.test_scores.at("accuracy"), r.test_scores.at("mine"));
  for (double v : r.test_scores.at("neg_log_loss")) EXPECT_LT(v, 0.0);
}

TEST(CrossValidate, AdapterExposesOptionalVerbs) {
  auto classifier = make_estimator(NearestCentroid());
  auto regressor = make_estimator(MeanRegressor());
  EXPECT_TRUE(classifier->has_predict_proba());
  EXPECT_FALSE(regressor->has_predict_proba());
  Matrix X(2, 1);
  X << 0, 1;
  Vector y(2);
  y << 4, 2;
  classifier->fit(X, y, nullptr);
  EXPECT_EQ(classifier->classes(), (Vector(2) << 2, 4).finished());
  EXPECT_EQ(regressor->classes().size(), 0);
  EXPECT_THROW(regressor->predict_proba(X), Error);
}

struct FailingModel {
  void fit(const Matrix& X, const Vector&, const Vector*) {
    if (X.rows() < 9) throw Error("too few rows");
  }
  Vector predict(const Matrix& X) const { return Vector::Zero(X.rows()); }
};

TEST(CrossValidate, ErrorsPropagate) {
  Matrix X = Matrix::Zero(10, 1);
  Vector y = Vector::Zero(10);
  KFoldParams kp;
  kp.n_splits = 3;  // Folds train on 6 or 7 rows: every fit throws.
  try {
    cross_validate<Matrix>([] { return make_estimator(FailingModel()); }, X, y, KFold(kp),
                           {{"neg_mse", testing::neg_mse}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "too few rows");
  }
  Vector short_y = Vector::Zero(9);
  EXPECT_THROW(cross_validate<Matrix>([] { return make_estimator(MeanRegressor()); }, X, short_y,
                                      KFold(), {{"neg_mse", testing::neg_mse}}),
               Error);
  try {
    cross_validate<Matrix>([] { return make_estimator(MeanRegressor()); }, X, y, KFold(), {});
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("at least one scorer"));
  }
}

}  // namespace
}  // namespace mlcore
