// Tests of src/course/checks/metric_threshold.cpp: the parent scores the child's predictions on
// labels only it holds, with mlcore's scorers, and compares with min/max; messages show the metric
// and the bar, never a label, and the hidden wording not even the value.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.hpp"

namespace course {
namespace {

using namespace course_test;  // check, judge, judge_raised, scalars, invalid, with_list
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

CheckParams bar(const std::string& metric, const std::string& key, const std::string& value) {
  return scalars({{"metric", metric}, {key, value}});
}

TEST(MetricThresholdTest, AccuracyAgainstAMinimum) {
  const json truth = {1, 0, 1, 1, 0};
  const json pred = {1, 0, 0, 1, 0};  // 4 of 5 right.
  EXPECT_TRUE(judge("metric_threshold", bar("accuracy", "min", "0.8"), pred, truth).passed);
  const Verdict v = judge("metric_threshold", bar("accuracy", "min", "0.9"), pred, truth);
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("accuracy of your predictions is 0.8; it must be at least 0.9"));
  EXPECT_THAT(v.public_message, AllOf(HasSubstr("at least 0.9"), Not(HasSubstr("0.8"))));
}

TEST(MetricThresholdTest, MessagesNeverShowTheLabels) {
  // Distinctive labels: none may appear in either message.
  const json truth = {"Bulbasaur", "Charmander", "Squirtle", "Charmander"};
  const json pred = {"Squirtle", "Charmander", "Bulbasaur", "Bulbasaur"};
  const Verdict v = judge("metric_threshold", bar("f1_macro", "min", "0.9"), pred, truth);
  EXPECT_FALSE(v.passed);
  for (const char* label : {"Bulbasaur", "Charmander", "Squirtle"}) {
    EXPECT_THAT(v.message, Not(HasSubstr(label)));
    EXPECT_THAT(v.public_message, Not(HasSubstr(label)));
  }
}

TEST(MetricThresholdTest, TextLabelsAreScoredLikeScikitLearn) {
  // balanced_accuracy: recall of "a" = 1/2, of "b" = 2/2 → 0.75.
  const json truth = {"a", "a", "b", "b"};
  const json pred = {"a", "b", "b", "b"};
  EXPECT_TRUE(
      judge("metric_threshold", bar("balanced_accuracy", "min", "0.75"), pred, truth).passed);
  EXPECT_THAT(
      judge("metric_threshold", bar("balanced_accuracy", "min", "0.76"), pred, truth).message,
      HasSubstr("is 0.75"));
  // A predicted label the truth never has still counts (as wrong).
  EXPECT_THAT(
      judge("metric_threshold", bar("accuracy", "min", "1"), json{"a", "a", "b", "c"}, truth)
          .message,
      HasSubstr("is 0.75"));
  EXPECT_THAT(
      judge("metric_threshold", bar("accuracy", "min", "1"), json{1, 0, 1, 1}, truth).message,
      HasSubstr("expected a predicted label (text) per row"));
}

TEST(MetricThresholdTest, RegressionMetricsAgainstAMaximumOrANegativeMinimum) {
  const json truth = {1.0, 2.0, 3.0, 4.0};
  const json pred = {1.5, 2.0, 2.5, 4.0};  // MAE 0.25, RMSE sqrt(0.125) ≈ 0.3536.
  EXPECT_TRUE(judge("metric_threshold", bar("mae", "max", "0.25"), pred, truth).passed);
  EXPECT_THAT(judge("metric_threshold", bar("rmse", "max", "0.3"), pred, truth).message,
              HasSubstr("rmse of your predictions is 0.3536; it must be at most 0.3"));
  // R² may be negative (here 1 - 20/5 = -3): a bar below zero is valid.
  EXPECT_TRUE(judge("metric_threshold", bar("r2", "min", "-5"), json{4, 3, 2, 1}, truth).passed);
  EXPECT_THAT(judge("metric_threshold", bar("r2", "min", "-1"), json{4, 3, 2, 1}, truth).message,
              HasSubstr("r2 of your predictions is -3"));
  const CheckParams band = scalars({{"metric", "mae"}, {"min", "0.1"}, {"max", "0.2"}});
  EXPECT_THAT(judge("metric_threshold", band, pred, truth).message,
              HasSubstr("at least 0.1 and at most 0.2"));
}

TEST(MetricThresholdTest, ProbabilitiesForRocAucAndLogLoss) {
  const json truth = {0, 0, 1, 1};
  // One probability per row (of the larger class). 0.4 > 0.35 puts a negative first: AUC 0.75.
  EXPECT_THAT(
      judge("metric_threshold", bar("roc_auc", "min", "0.99"), json{0.1, 0.4, 0.35, 0.8}, truth)
          .message,
      HasSubstr("roc_auc of your predictions is 0.75"));
  EXPECT_TRUE(
      judge("metric_threshold", bar("roc_auc", "min", "0.99"), json{0.1, 0.2, 0.7, 0.8}, truth)
          .passed);
  // One list per row, a column per class; log loss is "at most".
  const json proba = {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.2, 0.8}};
  EXPECT_TRUE(judge("metric_threshold", bar("log_loss", "max", "0.3"), proba, truth).passed);
  const Verdict v = judge("metric_threshold", bar("neg_log_loss", "max", "0.1"), proba, truth);
  EXPECT_THAT(v.message, HasSubstr("log_loss of your predictions is 0.2"));
  EXPECT_THAT(v.message, Not(HasSubstr("neg_")));
  // Shapes the parent cannot score are the learner's to fix.
  EXPECT_THAT(judge("metric_threshold", bar("log_loss", "max", "1"),
                    json{{0.5}, {0.5}, {0.5}, {0.5}}, truth)
                  .message,
              HasSubstr("row 0: expected 2 class probabilities"));
  EXPECT_THAT(
      judge("metric_threshold", bar("roc_auc", "min", "0.5"), json{0.1, "high", 0.3, 0.4}, truth)
          .message,
      HasSubstr("row 1: expected a probability"));
}

TEST(MetricThresholdTest, MulticlassProbabilitiesFollowTheClassesParameter) {
  const json truth = {"cat", "dog", "cat", "eel"};
  // Columns in `classes` order (which must be sorted, as the scorer's classes are).
  const CheckParams p =
      with_list(bar("roc_auc_ovr", "min", "0.99"), "classes", {"cat", "dog", "eel"});
  const json proba = {{0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}};
  EXPECT_TRUE(judge("metric_threshold", p, proba, truth).passed);
}

TEST(MetricThresholdTest, WrongCountsAndShapesFail) {
  const json truth = {1, 0, 1};
  const Verdict count = judge("metric_threshold", bar("accuracy", "min", "0.5"), json{1, 0}, truth);
  EXPECT_THAT(count.message, HasSubstr("expected a list of 3 predictions, one per row"));
  EXPECT_THAT(
      judge("metric_threshold", bar("accuracy", "min", "0.5"), json{1, "0", 1}, truth).message,
      HasSubstr("expected a predicted number per row"));
  EXPECT_THAT(judge_raised("metric_threshold", bar("accuracy", "min", "0.5"), truth).message,
              HasSubstr("threw"));
  EXPECT_THAT(
      judge("metric_threshold", bar("accuracy", "min", "0.5"), json{1, 0, 1}, json()).message,
      HasSubstr("content error"));
  // Labels under "labels", predictions under a field.
  EXPECT_TRUE(judge("metric_threshold",
                    scalars({{"metric", "accuracy"}, {"min", "1"}, {"field", "predictions"}}),
                    json{{"predictions", {1, 0, 1}}}, json{{"labels", truth}})
                  .passed);
}

TEST(MetricThresholdTest, ValidatesParameters) {
  EXPECT_NO_THROW(check("metric_threshold").validate(bar("roc_auc", "min", "0.8")));
  EXPECT_THAT(invalid("metric_threshold", scalars({{"min", "0.8"}})), HasSubstr("give 'metric'"));
  EXPECT_THAT(invalid("metric_threshold", bar("acuracy", "min", "0.8")),
              AllOf(HasSubstr("parameter 'metric'"), HasSubstr("unknown scorer 'acuracy'")));
  EXPECT_THAT(invalid("metric_threshold", scalars({{"metric", "accuracy"}})),
              HasSubstr("give 'min', 'max' or both"));
  EXPECT_THAT(invalid("metric_threshold", bar("accuracy", "min", "high")),
              HasSubstr("'min' must be a number"));
  EXPECT_THAT(invalid("metric_threshold",
                      scalars({{"metric", "accuracy"}, {"min", "0.9"}, {"max", "0.5"}})),
              HasSubstr("larger than 'max'"));
  EXPECT_THAT(invalid("metric_threshold", scalars({{"metric", "accuracy"}, {"value", "0.9"}})),
              HasSubstr("unknown parameter 'value'"));
}

}  // namespace
}  // namespace course
