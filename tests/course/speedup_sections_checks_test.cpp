// Tests of src/course/checks/{speedup,sections}.cpp from hand-made records and run measurements
// (grader_test.cpp runs `speedup` with real programs).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.hpp"

namespace course {
namespace {

using namespace course_test;  // check, judge, scalars, with_list, invalid
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

CheckParams speedup(const std::string& ratio = "5") {
  return scalars({{"baseline_case", "slow"}, {"min_ratio", ratio}, {"then", "exact"}});
}

RunFacts measured(double yours, double baseline) {
  RunFacts facts;
  facts.cpu_seconds = yours;
  facts.reported_seconds = yours;
  facts.baseline_cpu_seconds = baseline;
  return facts;
}

TEST(SpeedupTest, NamesItsBaselineAndRunsAlone) {
  EXPECT_TRUE(check("speedup").needs_own_run());
  EXPECT_FALSE(check("speedup").runs_twice());
  EXPECT_EQ(check("speedup").baseline_case(speedup()), "slow");
  EXPECT_FALSE(check("time_budget").baseline_case(scalars({{"max_seconds", "1"}})).has_value());
}

TEST(SpeedupTest, ParametersAreCheckedAtLoad) {
  EXPECT_THAT(invalid("speedup", scalars({{"min_ratio", "5"}})), HasSubstr("baseline_case"));
  EXPECT_THAT(invalid("speedup", scalars({{"baseline_case", "slow"}})), HasSubstr("min_ratio"));
  EXPECT_THAT(invalid("speedup", scalars({{"baseline_case", "slow"}, {"min_ratio", "1"}})),
              HasSubstr("more than 1"));
  // Parameters besides its own belong to `then`, which rejects what it does not know.
  CheckParams p = speedup();
  p.scalars["abs_tol"] = "0.1";
  EXPECT_THAT(invalid("speedup", p), HasSubstr("abs_tol"));
  check("speedup").validate(speedup());
}

TEST(SpeedupTest, TheRatioOfRunnerMeasuredTimesDecides) {
  const Check& c = check("speedup");
  EXPECT_TRUE(c.judge_run(speedup(), measured(0.05, 0.5)).passed);   // 10×
  EXPECT_TRUE(c.judge_run(speedup(), measured(0.1, 0.5)).passed);    // exactly 5×
  const Verdict slow = c.judge_run(speedup(), measured(0.25, 0.5));  // 2×
  EXPECT_FALSE(slow.passed);
  EXPECT_THAT(slow.message, AllOf(HasSubstr("2× as fast as the provided slow version"),
                                  HasSubstr("0.25 s vs 0.5 s"), HasSubstr("the goal is 5×"),
                                  HasSubstr("per row")));
  EXPECT_THAT(slow.public_message, AllOf(HasSubstr("2×"), Not(HasSubstr("per row"))));
  // No measurable CPU at all is as fast as the timer can tell, not a division by zero.
  EXPECT_TRUE(c.judge_run(speedup(), measured(0, 0.5)).passed);
  EXPECT_FALSE(c.judge_run(speedup(), measured(0, 0.002)).passed);
}

TEST(SpeedupTest, AFastWrongAnswerIsStillWrong) {
  EXPECT_FALSE(judge("speedup", speedup(), json(41), json(42)).passed);
  EXPECT_TRUE(judge("speedup", speedup(), json(42), json(42)).passed);
}

CheckParams note(std::vector<std::string> headings, const std::string& min_words = "") {
  CheckParams p = scalars({{"field", "note"}});
  if (!min_words.empty()) p.scalars["min_words"] = min_words;
  return with_list(p, "sections", std::move(headings));
}

Verdict judge_note(const CheckParams& p, const std::string& text) {
  return judge("sections", p, json{{"note", text}}, json());
}

TEST(SectionsTest, ParametersAreCheckedAtLoad) {
  EXPECT_THAT(invalid("sections", scalars({{"field", "note"}})), HasSubstr("sections"));
  EXPECT_THAT(invalid("sections", note({"Summary"}, "-2")), HasSubstr("min_words"));
  EXPECT_THAT(invalid("sections", with_list(note({"Summary"}), "headings", {"x"})),
              HasSubstr("headings"));
}

TEST(SectionsTest, EveryHeadingPresentWithContentPasses) {
  const std::string text =
      "# Findings\n\n## Schema violations\nColumn `weightkg` was renamed.\n\n"
      "### DRIFTED FEATURES ###\nspeed and hp moved.\n";
  EXPECT_TRUE(judge_note(note({"Schema violations", "Drifted features"}), text).passed)
      << judge_note(note({"Schema violations", "Drifted features"}), text).message;
}

TEST(SectionsTest, AMissingSectionIsNamed) {
  const Verdict v = judge_note(note({"Summary", "Recommendation"}), "## Summary\nAll good.\n");
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("no section headed 'Recommendation'"));
  EXPECT_EQ(v.public_message, v.message);  // Names only what the content asks for.
}

TEST(SectionsTest, HeadingsMustBeMarkdownHeadingsOutsideCode) {
  // Bold text, a "#hashtag" and a heading inside a code block are not sections.
  const std::string text = "**Summary**\nfine\n#Summary\n```\n## Summary\n```\n";
  EXPECT_FALSE(judge_note(note({"Summary"}), text).passed);
}

TEST(SectionsTest, ASectionNeedsEnoughWords) {
  const std::string text = "## Summary\nToo short.\n## Limitations\none two three four\n";
  const Verdict v = judge_note(note({"Summary", "Limitations"}, "3"), text);
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("section 'Summary' has 2 words; write at least 3"));
  EXPECT_FALSE(judge_note(note({"Summary"}), "## Summary\n## Next\nwords here\n").passed);
}

TEST(SectionsTest, TheAnswerMustBeText) {
  const Verdict v = judge("sections", note({"Summary"}), json{{"note", 3}}, json());
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected text"));
  EXPECT_FALSE(judge("sections", note({"Summary"}), json{{"other", "x"}}, json()).passed);
}

}  // namespace
}  // namespace course
