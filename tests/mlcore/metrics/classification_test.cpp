#include "mlcore/metrics/classification.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "test_util.hpp"

namespace mlcore {
namespace {

using metrics_test::error_of;
using metrics_test::vec;
using ::testing::HasSubstr;

// The 2x2 case worked out by hand:
//   y_true = 0 0 0 1 1 1 1 1
//   y_pred = 0 1 0 1 1 0 1 1
// TN = 2 (samples 0, 2), FP = 1 (sample 1), FN = 1 (sample 5), TP = 4 (samples 3, 4, 6, 7).
//   confusion matrix [[TN, FP], [FN, TP]] = [[2, 1], [1, 4]]
//   accuracy = 6/8 = 0.75
//   class 1: precision = 4/5, recall = 4/5, F1 = 0.8
//   class 0: precision = 2/3, recall = 2/3, F1 = 2/3
//   balanced accuracy = (2/3 + 4/5) / 2 = 11/15; macro = 11/15 too
//   weighted by support (3, 5): (3 * 2/3 + 5 * 4/5) / 8 = 6/8 = 0.75; micro = accuracy = 0.75
const Vector kTrue = vec({0, 0, 0, 1, 1, 1, 1, 1});
const Vector kPred = vec({0, 1, 0, 1, 1, 0, 1, 1});

TEST(Classification, HandComputedTwoByTwo) {
  const Matrix cm = confusion_matrix(kTrue, kPred);
  ASSERT_EQ(cm.rows(), 2);
  EXPECT_EQ(cm(0, 0), 2);
  EXPECT_EQ(cm(0, 1), 1);
  EXPECT_EQ(cm(1, 0), 1);
  EXPECT_EQ(cm(1, 1), 4);
  EXPECT_DOUBLE_EQ(accuracy_score(kTrue, kPred), 0.75);
  EXPECT_DOUBLE_EQ(precision_score(kTrue, kPred), 0.8);
  EXPECT_DOUBLE_EQ(recall_score(kTrue, kPred), 0.8);
  EXPECT_DOUBLE_EQ(f1_score(kTrue, kPred), 0.8);
  EXPECT_DOUBLE_EQ(balanced_accuracy_score(kTrue, kPred), 11.0 / 15.0);
  PrfParams p;
  p.average = Average::kMacro;
  EXPECT_DOUBLE_EQ(f1_score(kTrue, kPred, p), 11.0 / 15.0);
  p.average = Average::kWeighted;
  EXPECT_DOUBLE_EQ(f1_score(kTrue, kPred, p), 0.75);
  p.average = Average::kMicro;
  EXPECT_DOUBLE_EQ(precision_score(kTrue, kPred, p), 0.75);
  p.average = Average::kBinary;
  p.pos_label = 0;
  EXPECT_DOUBLE_EQ(precision_score(kTrue, kPred, p), 2.0 / 3.0);
}

TEST(Classification, SampleWeightsCountSamples) {
  // Doubling the false positive's weight is the same as repeating it.
  const Vector w = vec({1, 2, 1, 1, 1, 1, 1, 1});
  const Matrix cm = confusion_matrix(kTrue, kPred, {}, &w);
  EXPECT_EQ(cm(0, 1), 2);
  EXPECT_DOUBLE_EQ(accuracy_score(kTrue, kPred, &w), 6.0 / 9.0);
  EXPECT_DOUBLE_EQ(precision_score(kTrue, kPred, {}, &w), 4.0 / 6.0);
}

TEST(Classification, LabelsOrderRowsAndDropOthers) {
  const Matrix cm = confusion_matrix(kTrue, kPred, vec({1, 0}));
  EXPECT_EQ(cm(0, 0), 4);
  EXPECT_EQ(cm(1, 1), 2);
  const Matrix only_one = confusion_matrix(kTrue, kPred, vec({1}));
  ASSERT_EQ(only_one.size(), 1);
  EXPECT_EQ(only_one(0, 0), 4);
  // An absent label gets zero counts; with zero_division=0 it pulls the macro average down.
  PrfParams p;
  p.average = Average::kMacro;
  p.labels = vec({0, 1, 5});
  const PrfResult r = precision_recall_fscore(kTrue, kPred, p);
  ASSERT_EQ(r.labels.size(), 3);
  EXPECT_EQ(r.precision[2], 0.0);
  EXPECT_DOUBLE_EQ(r.precision_avg, (2.0 / 3.0 + 0.8) / 3.0);
}

TEST(Classification, ZeroDivisionValue) {
  const Vector none = vec({0, 0, 0, 0, 0, 0, 0, 0});
  EXPECT_EQ(precision_score(kTrue, none), 0.0);
  PrfParams p;
  p.zero_division = 1.0;
  EXPECT_EQ(precision_score(kTrue, none, p), 1.0);
  EXPECT_EQ(recall_score(kTrue, none, p), 0.0);
  EXPECT_EQ(f1_score(kTrue, none, p), 0.0);
}

TEST(Classification, BalancedAccuracyIgnoresClassesOnlyPredicted) {
  // Class 2 is only predicted: recalls are 1 (class 0) and 1/2 (class 1).
  EXPECT_DOUBLE_EQ(balanced_accuracy_score(vec({0, 1, 1}), vec({0, 1, 2})), 0.75);
}

TEST(Classification, ReportRowsAndAverages) {
  const ClassificationReport r = classification_report(kTrue, kPred);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_DOUBLE_EQ(r.rows[0].precision, 2.0 / 3.0);
  EXPECT_EQ(r.rows[1].support, 5);
  EXPECT_EQ(r.macro_avg.support, 8);
  EXPECT_DOUBLE_EQ(r.micro_avg.precision, 0.75);
  EXPECT_TRUE(r.micro_is_accuracy);
  EXPECT_FALSE(classification_report(kTrue, kPred, vec({1})).micro_is_accuracy);
}

TEST(Classification, LogLossHandComputed) {
  Matrix proba(2, 2);
  proba << 0.8, 0.2, 0.3, 0.7;
  EXPECT_NEAR(log_loss(vec({0, 1}), proba), -(std::log(0.8) + std::log(0.7)) / 2, 1e-15);
  // A one-column input is the probability of the larger class.
  Matrix positive(2, 1);
  positive << 0.2, 0.7;
  EXPECT_NEAR(log_loss(vec({0, 1}), positive), log_loss(vec({0, 1}), proba), 1e-15);
  // Probability 0 for the true class is clipped to eps, then the row renormalised.
  Matrix certain_wrong(1, 2);
  certain_wrong << 1.0, 0.0;
  LogLossParams p;
  p.labels = vec({0, 1});
  p.eps = 1e-15;
  EXPECT_NEAR(log_loss(vec({1}), certain_wrong, p), -std::log(1e-15), 1e-12);
}

TEST(Classification, BrierScoreHandComputed) {
  EXPECT_NEAR(brier_score_loss(vec({0, 1, 1}), vec({0.1, 0.9, 0.4})), 0.38 / 3, 1e-15);
  // Labels 3/7: the default positive class is the larger one.
  EXPECT_NEAR(brier_score_loss(vec({3, 7}), vec({0.0, 1.0})), 0.0, 0.0);
  EXPECT_NEAR(brier_score_loss(vec({3, 7}), vec({0.0, 1.0}), 3.0), 1.0, 0.0);
}

TEST(Classification, ErrorMessages) {
  EXPECT_EQ(error_of([] { accuracy_score(Vector(), Vector()); }),
            "accuracy_score: empty input (y_true has 0 samples)");
  EXPECT_EQ(error_of([] {
              accuracy_score(vec({1, 0}), vec({1}));
            }),
            "accuracy_score: y_true and y_pred have different lengths (2 vs 1)");
  EXPECT_THAT(error_of([] {
                f1_score(vec({0, 1, 2}), vec({0, 1, 2}));
              }),
              HasSubstr("target is multiclass (labels [0, 1, 2]) but average is binary"));
  EXPECT_THAT(error_of([] {
                f1_score(vec({3, 7}), vec({3, 7}));
              }),
              HasSubstr("pos_label=1 is not a valid label; it should be one of [3, 7]"));
  EXPECT_EQ(error_of([] {
              PrfParams p;
              p.zero_division = 0.5;
              f1_score(kTrue, kPred, p);
            }),
            "PrfParams.zero_division must be 0 or 1 (got 0.5)");
  EXPECT_THAT(error_of([] {
                log_loss(vec({1, 1}), Matrix::Constant(2, 2, 0.5));
              }),
              HasSubstr("y_true contains only one label (1)"));
  EXPECT_THAT(error_of([] {
                LogLossParams p;
                p.labels = vec({0, 1});
                log_loss(vec({0, 2}), Matrix::Constant(2, 2, 0.5), p);
              }),
              HasSubstr("y_true contains label 2 not in the labels [0, 1]"));
  EXPECT_THAT(error_of([] {
                log_loss(vec({0, 1}), Matrix::Constant(2, 3, 0.5));
              }),
              HasSubstr("proba has 3 columns but there are 2 classes [0, 1]"));
  EXPECT_EQ(error_of([] {
              brier_score_loss(vec({0, 1}), vec({0.5, 1.5}));
            }),
            "brier_score_loss: y_prob contains values greater than 1");
  EXPECT_THAT(error_of([] {
                accuracy_score(vec({0, NAN}), vec({0, 1}));
              }),
              HasSubstr("y_true contains a non-finite value (nan at index 1)"));
  const Vector zero = vec({0, 0});
  EXPECT_EQ(error_of([&] {
              accuracy_score(vec({0, 1}), vec({0, 1}), &zero);
            }),
            "accuracy_score: sample weights sum to zero");
}

}  // namespace
}  // namespace mlcore
