#include "mlcore/metrics/ranking.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "test_util.hpp"

namespace mlcore {
namespace {

using metrics_test::error_of;
using metrics_test::vec;
using ::testing::HasSubstr;

void expect_vector(const Vector& got, const Vector& want) {
  ASSERT_EQ(got.size(), want.size());
  for (Eigen::Index i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-15) << i;
}

// sklearn's documentation example: scores 0.8 (pos) > 0.4 (neg) > 0.35 (pos) > 0.1 (neg).
const Vector kTrue = vec({0, 0, 1, 1});
const Vector kScores = vec({0.1, 0.4, 0.35, 0.8});

TEST(Ranking, RocCurveHandComputed) {
  const RocCurve r = roc_curve(kTrue, kScores);
  expect_vector(r.fpr, vec({0, 0, 0.5, 0.5, 1}));
  expect_vector(r.tpr, vec({0, 0.5, 0.5, 1, 1}));
  // The first threshold is max score + 1 (sklearn 1.2), not infinity.
  expect_vector(r.thresholds, vec({1.8, 0.8, 0.4, 0.35, 0.1}));
  // Area: 0.5 * 0.5 (between fpr 0 and 0.5 at tpr 0.5) + 0.5 * 1 = 0.75.
  EXPECT_DOUBLE_EQ(roc_auc_score(kTrue, kScores), 0.75);
}

TEST(Ranking, TiedScoresFormOnePoint) {
  const RocCurve r = roc_curve(vec({0, 1, 0, 1}), vec({0.5, 0.5, 0.5, 0.5}));
  expect_vector(r.fpr, vec({0, 1}));
  expect_vector(r.tpr, vec({0, 1}));
  expect_vector(r.thresholds, vec({1.5, 0.5}));
  EXPECT_DOUBLE_EQ(roc_auc_score(vec({0, 1, 0, 1}), vec({0.5, 0.5, 0.5, 0.5})), 0.5);
}

TEST(Ranking, DropIntermediateRemovesCollinearPoints) {
  // Three positives in a row put collinear (fps, tps) points (0,1) (0,2) (0,3) on the vertical
  // segment; (0,2) goes, (0,1), (0,3), (1,3) and the origin stay.
  const Vector y = vec({1, 1, 1, 0});
  const Vector s = vec({0.9, 0.8, 0.7, 0.1});
  expect_vector(roc_curve(y, s).thresholds, vec({1.9, 0.9, 0.7, 0.1}));
  EXPECT_EQ(roc_curve(y, s, {1.0, false}).fpr.size(), 5);
}

TEST(Ranking, ZeroWeightSamplesAreDropped) {
  const Vector y = vec({0, 0, 1, 1, 1});
  const Vector s = vec({0.1, 0.4, 0.35, 0.8, 0.95});
  const Vector w = vec({1, 1, 1, 1, 0});
  const RocCurve weighted = roc_curve(y, s, {}, &w);
  expect_vector(weighted.thresholds, roc_curve(kTrue, kScores).thresholds);
}

TEST(Ranking, PrecisionRecallCurveAndAveragePrecision) {
  const PrecisionRecallCurve pr = precision_recall_curve(kTrue, kScores);
  expect_vector(pr.precision, vec({0.5, 2.0 / 3.0, 0.5, 1, 1}));
  expect_vector(pr.recall, vec({1, 1, 0.5, 0.5, 0}));
  expect_vector(pr.thresholds, vec({0.1, 0.35, 0.4, 0.8}));
  // Step-wise: recall 0 -> 0.5 at precision 1, 0.5 -> 1 at precision 2/3.
  EXPECT_DOUBLE_EQ(average_precision_score(kTrue, kScores), 0.5 * 1 + 0.5 * 2.0 / 3.0);
}

TEST(Ranking, OneVsRestOnSeparableClassesIsOne) {
  Matrix proba(3, 3);
  proba << 0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.1, 0.2, 0.7;
  EXPECT_DOUBLE_EQ(roc_auc_ovr(vec({0, 1, 2}), proba), 1.0);
  EXPECT_DOUBLE_EQ(roc_auc_ovr(vec({0, 1, 2}), proba, {}, Average::kWeighted), 1.0);
}

TEST(Ranking, ErrorMessages) {
  EXPECT_EQ(error_of([] {
              roc_auc_score(vec({1, 1}), vec({0.2, 0.3}));
            }),
            "roc_auc_score: Only one class present in y_true. ROC AUC score is not defined in "
            "that case.");
  EXPECT_THAT(error_of([] {
                roc_auc_score(vec({0, 1, 2}), vec({0.1, 0.2, 0.3}));
              }),
              HasSubstr("use roc_auc_ovr"));
  EXPECT_THAT(error_of([] {
                roc_auc_ovr(vec({0, 1, 2}), Matrix::Constant(3, 3, 0.5));
              }),
              HasSubstr("proba rows must sum to 1 (row 0 sums to 1.5)"));
  EXPECT_THAT(error_of([] {
                roc_auc_ovr(vec({0, 1, 2}), Matrix::Constant(3, 2, 0.5));
              }),
              HasSubstr("proba has 2 columns but there are 3 classes"));
  EXPECT_THAT(error_of([] {
                roc_auc_ovr(vec({0, 1}), Matrix::Constant(2, 2, 0.5), {}, Average::kBinary);
              }),
              HasSubstr("average must be macro, weighted or micro"));
  EXPECT_THAT(error_of([] {
                average_precision_score(vec({3, 7}), vec({0.1, 0.2}));
              }),
              HasSubstr("pos_label=1 is not a valid label"));
  const Vector zero = vec({0, 0});
  EXPECT_EQ(error_of([&] {
              roc_curve(vec({0, 1}), vec({0.1, 0.2}), {}, &zero);
            }),
            "roc_curve: all sample weights are zero");
  EXPECT_EQ(error_of([] {
              roc_curve(vec({0, 1}), vec({0.1, INFINITY}));
            }),
            "roc_curve: scores contains a non-finite value (inf at index 1)");
}

TEST(Ranking, NoNegativesGivesNanFprLikeSklearn) {
  const RocCurve r = roc_curve(vec({1, 1}), vec({0.2, 0.3}));
  EXPECT_TRUE(std::isnan(r.fpr[1]));
  EXPECT_EQ(r.tpr[r.tpr.size() - 1], 1.0);
}

}  // namespace
}  // namespace mlcore
