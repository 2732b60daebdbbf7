// Tests of src/course/grader/run_plan.cpp: which processes a grade starts and which cases each
// runs. Extra processes only for the checkpoints that ask for them; hidden cases never in the run
// whose output is shown.
#include "course/grader/run_plan.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace course {
namespace {

using ::testing::ElementsAre;
using Indices = std::vector<std::size_t>;

CaseFile five_cases() {
  CaseFile file;
  for (const char* id : {"a", "b", "c", "d", "e"}) file.cases.push_back({id, {}, {}});
  return file;
}

Checkpoint checkpoint(const std::string& check, std::vector<std::string> cases, bool hidden = false,
                      CheckParams params = {}) {
  Checkpoint c;
  c.params = std::move(params);
  c.id = check + "-" + cases.front();
  c.check = check;
  c.cases = std::move(cases);
  c.hidden = hidden;
  return c;
}

TEST(RunPlanTest, OrdinaryChecksNeedOneRunPerVisibility) {
  Exercise e;
  e.checkpoints = {checkpoint("exact", {"c", "a"}), checkpoint("set_equal", {"b"}, true),
                   checkpoint("approx", {"a", "d"}, true)};
  const RunPlan plan = plan_runs(e, five_cases());
  // Case "e" is in no checkpoint: not run. "a" is visible: the hidden checkpoint reads it there.
  ASSERT_EQ(plan.runs.size(), 2u);
  EXPECT_THAT(plan.runs[0], ElementsAre(0, 2));
  EXPECT_THAT(plan.runs[1], ElementsAre(1, 3));
  EXPECT_EQ(plan.shown, 0u);
  EXPECT_THAT(plan.primary[0], ElementsAre(0, 0));
  EXPECT_THAT(plan.primary[1], ElementsAre(1));
  EXPECT_THAT(plan.primary[2], ElementsAre(0, 1));
  for (const auto& repeat : plan.repeat) EXPECT_FALSE(repeat.has_value());
}

TEST(RunPlanTest, OnlyHiddenCasesMeansNoShownRun) {
  Exercise e;
  e.checkpoints = {checkpoint("exact", {"b"}, true)};
  const RunPlan plan = plan_runs(e, five_cases());
  ASSERT_EQ(plan.runs.size(), 1u);
  EXPECT_FALSE(plan.shown.has_value());
  EXPECT_THAT(plan.primary[0], ElementsAre(0));
}

TEST(RunPlanTest, TimeBudgetGetsARunOfItsOwn) {
  Exercise e;
  e.checkpoints = {checkpoint("exact", {"a"}), checkpoint("time_budget", {"d", "b"}),
                   checkpoint("time_budget", {"a"}, true)};
  const RunPlan plan = plan_runs(e, five_cases());
  // The budgeted cases are not run in the shared run as well: only "a", for the exact check.
  ASSERT_EQ(plan.runs.size(), 3u);
  EXPECT_THAT(plan.runs[0], ElementsAre(0));
  EXPECT_THAT(plan.runs[1], ElementsAre(1, 3));
  EXPECT_THAT(plan.runs[2], ElementsAre(0));
  EXPECT_THAT(plan.primary[1], ElementsAre(1, 1));
  EXPECT_THAT(plan.primary[2], ElementsAre(2));
  EXPECT_EQ(plan.shown, 0u);
}

TEST(RunPlanTest, DeterministicCasesRunOnceMoreTogetherAtTheEnd) {
  Exercise e;
  e.checkpoints = {checkpoint("deterministic", {"c"}), checkpoint("exact", {"a"}),
                   checkpoint("deterministic", {"e", "a"}, true)};
  const RunPlan plan = plan_runs(e, five_cases());
  ASSERT_EQ(plan.runs.size(), 3u);
  EXPECT_THAT(plan.runs[0], ElementsAre(0, 2));  // Visible: a, c.
  EXPECT_THAT(plan.runs[1], ElementsAre(4));     // Hidden: e.
  EXPECT_THAT(plan.runs[2], ElementsAre(0, 2, 4));
  EXPECT_EQ(plan.repeat[0], 2u);
  EXPECT_FALSE(plan.repeat[1].has_value());
  EXPECT_EQ(plan.repeat[2], 2u);
  EXPECT_THAT(plan.primary[2], ElementsAre(1, 0));
}

TEST(RunPlanTest, SpeedupRunsItsBaselineAloneJustBeforeItsOwnRun) {
  Exercise e;
  CheckParams speedup;
  speedup.scalars = {{"baseline_case", "e"}, {"min_ratio", "5"}};
  e.checkpoints = {checkpoint("exact", {"a"}), checkpoint("speedup", {"c"}, false, speedup),
                   checkpoint("exact", {"b"})};
  const RunPlan plan = plan_runs(e, five_cases());
  // The baseline case "e" belongs to no checkpoint's cases and is still run, alone.
  ASSERT_EQ(plan.runs.size(), 3u);
  EXPECT_THAT(plan.runs[0], ElementsAre(0, 1));
  EXPECT_THAT(plan.runs[1], ElementsAre(4));
  EXPECT_THAT(plan.runs[2], ElementsAre(2));
  EXPECT_EQ(plan.baseline[1], 1u);
  EXPECT_THAT(plan.primary[1], ElementsAre(2));
  EXPECT_FALSE(plan.baseline[0].has_value());
  EXPECT_FALSE(plan.baseline[2].has_value());
}

}  // namespace
}  // namespace course
