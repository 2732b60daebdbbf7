#include "mlcore/metrics/scorer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "mlcore/metrics/classification.hpp"
#include "mlcore/metrics/regression.hpp"
#include "test_util.hpp"

namespace mlcore {
namespace {

using metrics_test::error_of;
using metrics_test::vec;
using ::testing::HasSubstr;

TEST(Scorer, EveryRequiredNameExists) {
  for (const char* name :
       {"accuracy", "balanced_accuracy", "f1", "f1_macro", "f1_weighted", "precision", "recall",
        "roc_auc", "roc_auc_ovr", "neg_log_loss", "log_loss", "r2", "neg_mean_squared_error",
        "rmse", "mae", "neg_mean_absolute_error"}) {
    EXPECT_EQ(make_scorer(name).name(), name);
  }
  const std::vector<std::string> names = scorer_names();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
}

TEST(Scorer, KnowsItsInputAndDirection) {
  EXPECT_FALSE(make_scorer("accuracy").needs_proba());
  EXPECT_TRUE(make_scorer("roc_auc").needs_proba());
  EXPECT_TRUE(make_scorer("neg_log_loss").needs_proba());
  EXPECT_TRUE(make_scorer("accuracy").greater_is_better());
  EXPECT_FALSE(make_scorer("neg_log_loss").greater_is_better());
  EXPECT_FALSE(make_scorer("rmse").greater_is_better());
}

TEST(Scorer, LossesAreNegatedInScore) {
  const Vector y = vec({3, -0.5, 2, 7});
  const Vector p = vec({2.5, 0.0, 2, 8});
  EXPECT_EQ(make_scorer("neg_mean_squared_error").score(y, p), -mean_squared_error(y, p));
  EXPECT_EQ(make_scorer("rmse").metric(y, p), root_mean_squared_error(y, p));
  EXPECT_EQ(make_scorer("rmse").score(y, p), -root_mean_squared_error(y, p));
  EXPECT_EQ(make_scorer("mae").score(y, p), make_scorer("neg_mean_absolute_error").score(y, p));
  EXPECT_EQ(make_scorer("r2").score(y, p), r2_score(y, p));
}

TEST(Scorer, ProbabilityScorersUseProbaAndClasses) {
  const Vector y = vec({0, 0, 1, 1});
  Matrix proba(4, 2);
  proba << 0.9, 0.1, 0.6, 0.4, 0.65, 0.35, 0.2, 0.8;
  const Vector classes = vec({0, 1});
  EXPECT_DOUBLE_EQ(make_scorer("roc_auc").score(y, Vector(), &proba, &classes), 0.75);
  EXPECT_DOUBLE_EQ(make_scorer("roc_auc_ovr").score(y, Vector(), &proba, &classes), 0.75);
  LogLossParams params;
  EXPECT_NEAR(make_scorer("log_loss").score(y, Vector(), &proba, &classes),
              -log_loss(y, proba, params), 1e-15);
}

TEST(Scorer, ErrorMessages) {
  const std::string unknown = error_of([] { make_scorer("f2"); });
  EXPECT_THAT(unknown, HasSubstr("unknown scorer 'f2'; known scorers: accuracy, "));
  EXPECT_THAT(unknown, HasSubstr("neg_log_loss"));
  EXPECT_EQ(error_of([] {
              make_scorer("roc_auc").score(vec({0, 1}), vec({0, 1}));
            }),
            "scorer roc_auc: needs predicted probabilities and their classes");
  const Matrix proba = Matrix::Constant(3, 3, 1.0 / 3);
  const Vector classes = vec({0, 1, 2});
  EXPECT_THAT(error_of([&] { make_scorer("roc_auc").score(classes, Vector(), &proba, &classes); }),
              HasSubstr("scorer roc_auc: needs a binary problem (got 3 classes"));
  EXPECT_EQ(error_of([] {
              make_scorer("f1").score(vec({0, 1}), vec({0}));
            }),
            "precision_recall_fscore: y_true and y_pred have different lengths (2 vs 1)");
}

}  // namespace
}  // namespace mlcore
