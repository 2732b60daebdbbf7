// Tests of src/course/checks/{deterministic,time_budget}.cpp and the `then:` clause they share:
// the checks that need more than one record per case, judged here from hand-made records and
// run measurements (grader_test.cpp runs real programs through them).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.hpp"

namespace course {
namespace {

using namespace course_test;  // check, returned, raised, scalars, invalid, with_list
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

// Judges a case whose two runs returned `first` and `second`.
Verdict twice(const CheckParams& p, const json& first, const json& second, const json& want) {
  CaseOutput again = returned(second, want);
  CaseOutput out = returned(first, want);
  out.repeat = &again;
  return check("deterministic").judge(p, out);
}

TEST(DeterministicTest, DeclaresItsSecondRun) {
  EXPECT_TRUE(check("deterministic").runs_twice());
  EXPECT_FALSE(check("deterministic").needs_own_run());
  for (const char* ordinary : {"exact", "approx", "set_equal", "must_raise", "index_partition",
                               "stratified", "metric_threshold"}) {
    EXPECT_FALSE(check(ordinary).runs_twice()) << ordinary;
    EXPECT_FALSE(check(ordinary).needs_own_run()) << ordinary;
  }
}

TEST(DeterministicTest, SameOutputTwicePasses) {
  EXPECT_TRUE(
      twice({}, json{{"folds", {{0, 2}, {1}}}}, json{{"folds", {{0, 2}, {1}}}}, json()).passed);
}

TEST(DeterministicTest, DifferentOutputsFailAndSayWhy) {
  const Verdict v = twice({}, json{{"value", 0.8147}}, json{{"value", 0.1270}}, json());
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("two runs with the same input and seed gave different results"));
  EXPECT_THAT(v.message, AllOf(HasSubstr("0.8147"), HasSubstr("0.127")));
  EXPECT_THAT(v.message, HasSubstr("random_device"));
  EXPECT_THAT(v.public_message, AllOf(HasSubstr("different results"), Not(HasSubstr("0.8147"))));
}

TEST(DeterministicTest, ThrowingComparesKindAndMessage) {
  const json want;
  CaseOutput a = raised(want), b = raised(want);
  a.repeat = &b;
  // Same exception twice: deterministic, but without `then` a throw is still a failure.
  const Verdict same = check("deterministic").judge({}, a);
  EXPECT_FALSE(same.passed);
  EXPECT_THAT(same.message,
              AllOf(HasSubstr("threw std::out_of_range"), Not(HasSubstr("different results"))));
  b.error_message = "column 'atk' not found";
  EXPECT_THAT(check("deterministic").judge({}, a).message, HasSubstr("different results"));
  // Threw once, returned once.
  const json value = 1;
  CaseOutput c = returned(value, want);
  c.repeat = &a;
  EXPECT_THAT(check("deterministic").judge({}, c).message, HasSubstr("1 then threw"));
}

TEST(DeterministicTest, ThenJudgesTheAnswerWithTheRemainingParameters) {
  // Deterministic but wrong: `then: index_partition` with n = 3 catches the missing row.
  const CheckParams p = scalars({{"then", "index_partition"}, {"n", "3"}});
  EXPECT_TRUE(twice(p, json{{0, 1}, {2}}, json{{0, 1}, {2}}, json()).passed);
  const Verdict wrong = twice(p, json{{0}, {2}}, json{{0}, {2}}, json());
  EXPECT_FALSE(wrong.passed);
  EXPECT_THAT(wrong.message, HasSubstr("index 1 is in no part"));
  // With exact: the first run's answer is compared with the expected value.
  const CheckParams exact = scalars({{"then", "exact"}});
  EXPECT_TRUE(twice(exact, json(7), json(7), json(7)).passed);
  EXPECT_THAT(twice(exact, json(6), json(6), json(7)).message, HasSubstr("expected 7, got 6"));
  // must_raise through then: a consistent throw passes.
  const json want;
  CaseOutput a = raised(want), b = raised(want);
  a.repeat = &b;
  EXPECT_TRUE(check("deterministic").judge(scalars({{"then", "must_raise"}}), a).passed);
}

TEST(DeterministicTest, ValidatesParametersThroughThen) {
  EXPECT_NO_THROW(check("deterministic").validate({}));
  EXPECT_NO_THROW(
      check("deterministic").validate(scalars({{"then", "approx"}, {"abs_tol", "1e-6"}})));
  EXPECT_THAT(invalid("deterministic", scalars({{"abs_tol", "1e-6"}})),
              AllOf(HasSubstr("unknown parameter 'abs_tol'"), HasSubstr("then")));
  EXPECT_THAT(invalid("deterministic", scalars({{"then", "exactly"}})),
              HasSubstr("then: unknown check 'exactly'"));
  EXPECT_THAT(invalid("deterministic", scalars({{"then", "approx"}, {"abs_tol", "tiny"}})),
              HasSubstr("then: approx: parameter 'abs_tol'"));
  EXPECT_THAT(invalid("deterministic", scalars({{"then", "time_budget"}, {"max_seconds", "1"}})),
              HasSubstr("needs runs of its own"));
  EXPECT_THAT(invalid("deterministic", with_list({}, "then", {"exact", "approx"})),
              HasSubstr("single value"));
}

// ---- time_budget ----

RunFacts measured(double cpu, double reported) {
  RunFacts facts;
  facts.cpu_seconds = cpu;
  facts.wall_seconds = cpu + 0.01;
  facts.reported_seconds = reported;
  return facts;
}

TEST(TimeBudgetTest, DeclaresItsOwnRun) {
  EXPECT_TRUE(check("time_budget").needs_own_run());
  EXPECT_FALSE(check("time_budget").runs_twice());
}

TEST(TimeBudgetTest, TheRunnersCpuTimeDecides) {
  const CheckParams p = scalars({{"max_seconds", "0.5"}});
  EXPECT_TRUE(check("time_budget").judge_run(p, measured(0.5, 0.4)).passed);
  const Verdict slow = check("time_budget").judge_run(p, measured(0.84, 0.8));
  EXPECT_FALSE(slow.passed);
  EXPECT_THAT(slow.message,
              HasSubstr("your code took 0.84 s of CPU time on these cases; the budget is 0.5 s"));
  EXPECT_THAT(slow.message, HasSubstr("own timing: 0.8 s"));
  EXPECT_THAT(slow.public_message, HasSubstr("took 0.84 s"));
  // The child's own timing cannot lower the verdict: it claims 1 ms, the runner saw 2 s.
  EXPECT_FALSE(check("time_budget").judge_run(p, measured(2.0, 0.001)).passed);
}

TEST(TimeBudgetTest, EachCaseIsJudgedByThenOrMustNotThrow) {
  const json want = 3;
  EXPECT_TRUE(
      check("time_budget").judge(scalars({{"max_seconds", "1"}}), returned(want, want)).passed);
  EXPECT_THAT(check("time_budget").judge(scalars({{"max_seconds", "1"}}), raised(want)).message,
              HasSubstr("threw"));
  const json wrong = 4;
  const CheckParams exact = scalars({{"max_seconds", "1"}, {"then", "exact"}});
  EXPECT_THAT(check("time_budget").judge(exact, returned(wrong, want)).message,
              HasSubstr("expected 3, got 4"));
  EXPECT_TRUE(check("time_budget").judge_run(exact, measured(0.2, 0.1)).passed);
}

TEST(TimeBudgetTest, ValidatesParameters) {
  EXPECT_NO_THROW(check("time_budget").validate(scalars({{"max_seconds", "0.25"}})));
  EXPECT_NO_THROW(check("time_budget")
                      .validate(with_list(scalars({{"max_seconds", "2"}, {"then", "set_equal"}}),
                                          "key", {"row"})));
  EXPECT_THAT(invalid("time_budget", {}), HasSubstr("give 'max_seconds'"));
  for (const char* bad : {"0", "-1", "fast"}) {
    SCOPED_TRACE(bad);
    EXPECT_THAT(invalid("time_budget", scalars({{"max_seconds", bad}})), HasSubstr("max_seconds"));
  }
  EXPECT_THAT(invalid("time_budget", scalars({{"max_seconds", "1"}, {"field", "x"}})),
              HasSubstr("unknown parameter 'field'"));
  EXPECT_THAT(invalid("time_budget", scalars({{"max_seconds", "1"}, {"then", "deterministic"}})),
              HasSubstr("needs runs of its own"));
}

}  // namespace
}  // namespace course
