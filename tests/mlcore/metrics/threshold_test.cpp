#include "mlcore/metrics/threshold.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "test_util.hpp"

namespace mlcore {
namespace {

using metrics_test::error_of;
using metrics_test::vec;
using ::testing::HasSubstr;

// Worked by hand with a false negative 5x as costly as a false positive
// (predict positive iff score >= t):
//   score  0.1 0.3 0.4 0.6 0.7 0.9
//   y        0   0   1   1   0   1
//   t=0.9: TP1 FP0 FN2 -> 0 + 10 = 10
//   t=0.7: TP1 FP1 FN2 -> 1 + 10 = 11
//   t=0.6: TP2 FP1 FN1 -> 1 + 5  = 6
//   t=0.4: TP3 FP1 FN0 -> 1      = 1   <- optimum
//   t=0.3: TP3 FP2     -> 2
//   t=0.1: TP3 FP3     -> 3
const Vector kTrue = vec({0, 0, 1, 1, 0, 1});
const Vector kScores = vec({0.1, 0.3, 0.4, 0.6, 0.7, 0.9});

TEST(Threshold, HandComputedOptimum) {
  const ThresholdChoice c = choose_threshold(kTrue, kScores, CostMatrix{1, 5, 0, 0});
  EXPECT_EQ(c.threshold, 0.4);
  EXPECT_EQ(c.cost, 1.0);
  EXPECT_DOUBLE_EQ(c.mean_cost, 1.0 / 6);
  EXPECT_EQ(c.true_positives, 3);
  EXPECT_EQ(c.false_positives, 1);
  EXPECT_EQ(c.true_negatives, 2);
  EXPECT_EQ(c.false_negatives, 0);
}

TEST(Threshold, FalsePositivesExpensiveMovesThresholdUp) {
  // FP cost 10: t=0.9 costs 2 * 1 (two FN) = 2, every lower threshold has an FP (>= 10).
  const ThresholdChoice c = choose_threshold(kTrue, kScores, CostMatrix{10, 1, 0, 0});
  EXPECT_EQ(c.threshold, 0.9);
  EXPECT_EQ(c.cost, 2.0);
}

TEST(Threshold, TiesKeepTheHighestThreshold) {
  // Scores 0.2(0) 0.4(1) 0.6(0) 0.8(1), unit costs: t=0.8 -> 1 FN = 1; t=0.6 -> 2;
  // t=0.4 -> 1 FP = 1; t=0.2 -> 2. 0.8 and 0.4 tie; the higher one wins.
  const ThresholdChoice c =
      choose_threshold(vec({0, 1, 0, 1}), vec({0.2, 0.4, 0.6, 0.8}), CostMatrix{});
  EXPECT_EQ(c.threshold, 0.8);
  EXPECT_EQ(c.cost, 1.0);
}

TEST(Threshold, GainsAndWeightsAndLabels) {
  // A true positive earning 10: t=0.4 costs 1 FP - 3 * 10 = -29 (t=0.1: 3 - 30 = -27).
  const ThresholdChoice tp_gain = choose_threshold(kTrue, kScores, CostMatrix{1, 0, -10, 0});
  EXPECT_EQ(tp_gain.threshold, 0.4);
  EXPECT_EQ(tp_gain.cost, -29.0);
  // A true negative earning 10: t=0.9 costs 2 FN - 3 * 10 = -28 (t=0.7: 1 + 2 - 20 = -17).
  const ThresholdChoice tn_gain = choose_threshold(kTrue, kScores, CostMatrix{1, 1, 0, -10});
  EXPECT_EQ(tn_gain.threshold, 0.9);
  EXPECT_EQ(tn_gain.cost, -28.0);
  // Weight 0 on the negative at 0.7 removes its false positive: t=0.4 now costs 0.
  const Vector w = vec({1, 1, 1, 1, 0, 1});
  const ThresholdChoice c = choose_threshold(kTrue, kScores, CostMatrix{1, 5, 0, 0}, 1.0, &w);
  EXPECT_EQ(c.threshold, 0.4);
  EXPECT_EQ(c.cost, 0.0);
  // Labels 3/7 with 7 positive behave as 0/1.
  const Vector y37 = vec({3, 3, 7, 7, 3, 7});
  EXPECT_EQ(choose_threshold(y37, kScores, CostMatrix{1, 5, 0, 0}, 7.0).threshold, 0.4);
}

TEST(Threshold, ErrorMessages) {
  EXPECT_THAT(error_of([] {
                choose_threshold(vec({0, 1, 2}), vec({1, 2, 3}), CostMatrix{});
              }),
              HasSubstr("choose_threshold: y_true must be binary (got labels [0, 1, 2])"));
  EXPECT_THAT(error_of([] { choose_threshold(kTrue, kScores, CostMatrix{}, 2.0); }),
              HasSubstr("pos_label=2 is not a valid label; it should be one of [0, 1]"));
  EXPECT_EQ(error_of([] {
              choose_threshold(kTrue, kScores, CostMatrix{NAN, 1, 0, 0});
            }),
            "CostMatrix.false_positive must be finite (got nan)");
  EXPECT_EQ(error_of([] { choose_threshold(Vector(), Vector(), CostMatrix{}); }),
            "choose_threshold: empty input (y_true has 0 samples)");
}

}  // namespace
}  // namespace mlcore
