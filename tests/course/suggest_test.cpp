// Tests of src/course/suggest.cpp: "did you mean" for commands and exercise ids.
#include "course/suggest.hpp"

#include <gtest/gtest.h>

namespace {

using course::closest_match;

TEST(SuggestTest, FindsTheClosestCandidateWithinTwoEdits) {
  const std::vector<std::string> commands = {"init", "next", "check", "hint", "status", "list"};
  EXPECT_EQ(closest_match("chek", commands), "check");     // one deletion
  EXPECT_EQ(closest_match("stauts", commands), "status");  // a swap is two edits
  EXPECT_EQ(closest_match("lst", commands), "list");
}

TEST(SuggestTest, NothingWhenEverythingIsFarAway) {
  EXPECT_EQ(closest_match("deploy", {"init", "next", "check"}), "");
  EXPECT_EQ(closest_match("x", {}), "");
}

TEST(SuggestTest, ExerciseIdsAndTies) {
  EXPECT_EQ(closest_match("1.7", {"1.1", "1.2", "2.1"}), "1.1");  // tie at 1: the first wins
  EXPECT_EQ(closest_match("1.1", {"1.1", "1.2"}), "1.1");
  EXPECT_EQ(closest_match("abc", {"abd"}, 0), "");  // max_distance honoured
}

}  // namespace
