// Tests of src/course/checks/{partition,index_partition,stratified}.cpp: a split passes only when
// every row 0..n-1 is in exactly one non-empty part, and (stratified) each part keeps the class
// proportions; failures name the first bad index, part and class, and hidden wording names none.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.hpp"

namespace course {
namespace {

using namespace course_test;  // check, judge, judge_raised, scalars, invalid, with_list
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

// ---- index_partition ----

TEST(IndexPartitionTest, PassesOnATrainTestSplitAndOnFolds) {
  EXPECT_TRUE(
      judge("index_partition", scalars({{"n", "5"}}), json{{3, 0, 4}, {1, 2}}, json()).passed);
  // n from the expected value: a number, or an object with "n" (and "parts").
  EXPECT_TRUE(judge("index_partition", {}, json{{0, 1}, {2, 3}, {4, 5}}, json(6)).passed);
  EXPECT_TRUE(
      judge("index_partition", {}, json{{0}, {1}, {2}}, json{{"n", 3}, {"parts", 3}}).passed);
  // Selecting a field of the output.
  EXPECT_TRUE(judge("index_partition", scalars({{"field", "folds"}, {"n", "2"}}),
                    json{{"folds", {{1}, {0}}}}, json())
                  .passed);
}

TEST(IndexPartitionTest, NamesTheFirstRepeatedIndexAndWhereItIs) {
  const Verdict across =
      judge("index_partition", scalars({{"n", "5"}}), json{{0, 1, 2}, {2, 3, 4}}, json());
  EXPECT_FALSE(across.passed);
  EXPECT_THAT(across.message, HasSubstr("index 2 is in both part 0 and part 1"));
  EXPECT_THAT(across.public_message, AllOf(HasSubstr("more than once"), Not(HasSubstr("2"))));

  const Verdict within =
      judge("index_partition", scalars({{"n", "3"}}), json{{0, 1}, {2, 2}}, json());
  EXPECT_THAT(within.message, HasSubstr("index 2 appears twice in part 1"));

  // Names make the message read like the exercise.
  const Verdict named =
      judge("index_partition", with_list(scalars({{"n", "4"}}), "names", {"train", "test"}),
            json{{0, 1, 2}, {2, 3}}, json());
  EXPECT_THAT(named.message, HasSubstr("index 2 is in both part 'train' and part 'test'"));
}

TEST(IndexPartitionTest, NamesTheFirstMissingIndexAndHowManyAreMissing) {
  const Verdict v =
      judge("index_partition", scalars({{"n", "10"}}), json{{0, 1, 2}, {5, 6, 7, 8}}, json());
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("index 3 is in no part (3 of 10 rows missing)"));
  EXPECT_THAT(v.public_message, AllOf(HasSubstr("no part"), Not(HasSubstr("3"))));
}

TEST(IndexPartitionTest, RejectsIndicesOutOfRangeAndNonIndices) {
  const Verdict past = judge("index_partition", scalars({{"n", "3"}}), json{{0, 1}, {3}}, json());
  EXPECT_THAT(past.message, HasSubstr("part 1 holds index 3, but the rows are numbered 0..2"));
  for (const json& bad : {json(-1), json(1.5), json("1"), json(nullptr)}) {
    SCOPED_TRACE(bad.dump());
    const Verdict v = judge("index_partition", scalars({{"n", "3"}}), json{{0, 2}, {bad}}, json());
    EXPECT_FALSE(v.passed);
    EXPECT_THAT(v.message, HasSubstr("not a row index"));
  }
}

TEST(IndexPartitionTest, RejectsWrongShapesPartCountsAndEmptyParts) {
  const CheckParams n3 = scalars({{"n", "3"}});
  EXPECT_THAT(judge("index_partition", n3, json{0, 1, 2}, json()).message,
              HasSubstr("part 0 is not a list of row indices"));
  EXPECT_THAT(judge("index_partition", n3, json("0,1,2"), json()).message,
              HasSubstr("expected a list of index lists"));
  EXPECT_THAT(judge("index_partition", n3, json{{0, 1, 2}, json::array()}, json()).message,
              HasSubstr("part 1 is empty"));
  EXPECT_THAT(
      judge("index_partition", scalars({{"n", "3"}, {"parts", "3"}}), json{{0, 1}, {2}}, json())
          .message,
      HasSubstr("expected 3 parts, got 2"));
  EXPECT_THAT(judge("index_partition", {}, json{{0}, {1}}, json{{"n", 2}, {"parts", 3}}).message,
              HasSubstr("expected 3 parts, got 2"));
  EXPECT_THAT(
      judge("index_partition", scalars({{"field", "folds"}, {"n", "1"}}), json{{"x", 1}}, json())
          .message,
      HasSubstr("no 'folds'"));
  EXPECT_THAT(judge_raised("index_partition", n3, json()).message, HasSubstr("threw"));
  EXPECT_THAT(judge("index_partition", {}, json{{0}}, json("three")).message,
              HasSubstr("content error"));
}

TEST(IndexPartitionTest, ValidatesParameters) {
  EXPECT_NO_THROW(
      check("index_partition")
          .validate(with_list(scalars({{"n", "10"}, {"parts", "2"}}), "names", {"train", "test"})));
  EXPECT_THAT(invalid("index_partition", scalars({{"size", "3"}})),
              HasSubstr("unknown parameter 'size'"));
  for (const char* bad : {"0", "-2", "2.5", "ten"}) {
    SCOPED_TRACE(bad);
    EXPECT_THAT(invalid("index_partition", scalars({{"n", bad}})), HasSubstr("'n'"));
  }
  EXPECT_THAT(
      invalid("index_partition", with_list(scalars({{"parts", "3"}}), "names", {"train", "test"})),
      HasSubstr("'names' lists 2 parts but 'parts' is 3"));
}

// ---- stratified ----

// Ten rows: six of class 0, four of class 1.
const json kLabels = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1};

TEST(StratifiedTest, PassesWhenEachPartKeepsTheProportions) {
  // Two folds of five: 3×0 + 2×1 each.
  EXPECT_TRUE(judge("stratified", {}, json{{0, 1, 2, 6, 7}, {3, 4, 5, 8, 9}}, kLabels).passed);
  // Labels from an object, or from the `labels` parameter.
  EXPECT_TRUE(
      judge("stratified", {}, json{{0, 1, 2, 6, 7}, {3, 4, 5, 8, 9}}, json{{"labels", kLabels}})
          .passed);
  const CheckParams given = with_list({}, "labels", {"a", "b", "a", "b"});
  EXPECT_TRUE(judge("stratified", given, json{{0, 1}, {2, 3}}, json()).passed);
}

TEST(StratifiedTest, NamesThePartAndTheClassThatIsOff) {
  // Part 0 holds every class-1 row: 4 of 5 where 2 were due.
  const Verdict v = judge("stratified", with_list({}, "names", {"train", "test"}),
                          json{{5, 6, 7, 8, 9}, {0, 1, 2, 3, 4}}, kLabels);
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message,
              HasSubstr("part 'train' has 20% class 0 (1 of 5 rows); overall it is 60%"));
  EXPECT_THAT(v.message, HasSubstr("tolerance ±5%"));
  EXPECT_THAT(v.public_message,
              AllOf(HasSubstr("part 'train'"), Not(HasSubstr("class 0")), Not(HasSubstr("60%"))));
}

TEST(StratifiedTest, TextLabelsAreNamedAsWritten) {
  const json labels = {"Fire", "Fire", "Water", "Water", "Fire", "Fire", "Water", "Water"};
  const Verdict v =
      judge("stratified", {}, json{{0, 1, 4, 5}, {2, 3, 6, 7}}, labels);  // All Fire vs all Water.
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("part 0 has 100% class Fire (4 of 4 rows); overall it is 50%"));
}

TEST(StratifiedTest, ToleranceAndRoundingSlack) {
  // 20 rows, 30% class 1. A part of 10 with 4 of class 1 (40%) is 1 row off the ideal 3: accepted
  // as rounding. With 5 of class 1 (50%) it is 2 rows off and 20 points: rejected, unless the
  // tolerance allows 20 points.
  json labels = json::array();
  for (int i = 0; i < 20; ++i) labels.push_back(i < 6 ? 1 : 0);
  const json one_off = {{0, 1, 2, 3, 6, 7, 8, 9, 10, 11}, {4, 5, 12, 13, 14, 15, 16, 17, 18, 19}};
  EXPECT_TRUE(judge("stratified", {}, one_off, labels).passed);
  const json two_off = {{0, 1, 2, 3, 4, 6, 7, 8, 9, 10}, {5, 11, 12, 13, 14, 15, 16, 17, 18, 19}};
  EXPECT_FALSE(judge("stratified", {}, two_off, labels).passed);
  EXPECT_TRUE(judge("stratified", scalars({{"tolerance", "0.2"}}), two_off, labels).passed);
}

TEST(StratifiedTest, AStratifiedSplitMustFirstBeASplit) {
  const Verdict v = judge("stratified", {}, json{{0, 1, 2, 6, 7}, {3, 4, 5, 8}}, kLabels);
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("index 9 is in no part"));
  EXPECT_THAT(judge("stratified", {}, json{{0}}, json()).message, HasSubstr("no labels"));
}

TEST(StratifiedTest, ValidatesParameters) {
  EXPECT_NO_THROW(check("stratified").validate(scalars({{"tolerance", "0.1"}, {"parts", "5"}})));
  EXPECT_THAT(invalid("stratified", scalars({{"tolerance", "5"}})), HasSubstr("fraction"));
  EXPECT_THAT(invalid("stratified", scalars({{"tolerance", "-0.1"}})), HasSubstr("tolerance"));
  EXPECT_THAT(invalid("stratified", scalars({{"n", "10"}})), HasSubstr("unknown parameter 'n'"));
  EXPECT_THAT(invalid("stratified", with_list({}, "field", {"a", "b"})), HasSubstr("single value"));
}

}  // namespace
}  // namespace course
