// Tests of src/course/checks.cpp: each registered check passes on equal values, explains a
// failure as expected-vs-got, reports a learner's exception, and validates its parameters.
#include "course/checks.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "check_test_support.hpp"

namespace course {
namespace {

using namespace course_test;  // check, judge, judge_raised, scalars, invalid

using nlohmann::json;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

CheckParams issue_keys() {
  CheckParams p;
  p.scalars = {{"field", "issues"}, {"noun", "issues"}};
  p.lists = {{"key", {"row", "column", "kind"}}};
  return p;
}

json issue(int row, const std::string& column, const std::string& kind) {
  return {{"row", row}, {"column", column}, {"kind", kind}};
}

// ---- registry ----

TEST(ChecksTest, RegistryKnowsEveryCheckByName) {
  EXPECT_EQ(known_check_names(),
            "approx, deterministic, exact, index_partition, metric_threshold, must_raise, "
            "sections, set_equal, speedup, stratified, time_budget");
  for (const char* name :
       {"approx", "deterministic", "exact", "index_partition", "metric_threshold", "must_raise",
        "sections", "set_equal", "speedup", "stratified", "time_budget"}) {
    const Check* c = find_check(name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_STREQ(c->name(), name);
  }
  EXPECT_EQ(find_check("set_equals"), nullptr);
  EXPECT_EQ(find_check(""), nullptr);
}

TEST(ChecksTest, EveryValueCheckReportsTheLearnersExceptionType) {
  const json want = {{"issues", json::array()}, {"value", 1.0}};
  for (const char* name : {"exact", "approx", "set_equal", "index_partition", "stratified",
                           "metric_threshold", "time_budget", "sections"}) {
    SCOPED_TRACE(name);
    const std::string n = name;
    CheckParams params = n == "set_equal" ? issue_keys() : CheckParams{};
    if (n == "metric_threshold") params = scalars({{"metric", "accuracy"}, {"min", "0.5"}});
    const Verdict v = judge_raised(name, params, want);
    EXPECT_FALSE(v.passed);
    EXPECT_THAT(v.message, HasSubstr("threw"));
    EXPECT_THAT(v.message, HasSubstr("std::out_of_range"));
    EXPECT_THAT(v.message, HasSubstr("column 'hp' not found"));
  }
}

// ---- exact ----

TEST(ChecksTest, ExactPassesOnEqualValues) {
  EXPECT_TRUE(
      judge("exact", {}, json{{"a", 1}, {"b", {1, 2}}}, json{{"b", {1, 2}}, {"a", 1}}).passed);
  EXPECT_TRUE(
      judge("exact", scalars({{"field", "n"}}), json{{"n", 3}, {"extra", true}}, json{{"n", 3}})
          .passed);
}

TEST(ChecksTest, ExactFailureStatesExpectedAndGot) {
  const Verdict v = judge("exact", scalars({{"field", "n"}}), json{{"n", 4}}, json{{"n", 3}});
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected 3"));
  EXPECT_THAT(v.message, HasSubstr("got 4"));

  const Verdict text = judge("exact", {}, json("Fire"), json("fire"));
  EXPECT_FALSE(text.passed);
  EXPECT_THAT(text.message, AllOf(HasSubstr("expected \"fire\""), HasSubstr("got \"Fire\"")));
  // Same number, different JSON type: not equal.
  EXPECT_FALSE(judge("exact", {}, json("3"), json(3)).passed);
}

TEST(ChecksTest, ExactNamesAMissingField) {
  const Verdict v = judge("exact", scalars({{"field", "n"}}), json{{"m", 3}}, json{{"n", 3}});
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("no 'n'"));
}

TEST(ChecksTest, ExactValidatesParameters) {
  EXPECT_NO_THROW(check("exact").validate(scalars({{"field", "n"}})));
  EXPECT_THAT(invalid("exact", scalars({{"abs_tol", "1e-9"}})), HasSubstr("'abs_tol'"));
}

// ---- approx ----

TEST(ChecksTest, ApproxPassesOnEqualValues) {
  EXPECT_TRUE(judge("approx", {}, json(0.5), json(0.5)).passed);
  EXPECT_TRUE(judge("approx", {}, json({1.0, 2.0, 3.0}), json({1.0, 2.0, 3.0})).passed);
  EXPECT_TRUE(
      judge("approx", {}, json{{"mean", 2.5}, {"label", "a"}}, json{{"mean", 2.5}, {"label", "a"}})
          .passed);
  EXPECT_TRUE(judge("approx", {}, json(3), json(3.0)).passed) << "integer vs float of same value";
}

TEST(ChecksTest, ApproxDefaultToleranceIsOneBillionth) {
  EXPECT_TRUE(judge("approx", {}, json(1.0 + 1e-10), json(1.0)).passed);
  const Verdict v = judge("approx", {}, json(1.0 + 1e-8), json(1.0));
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected 1.0"));
  EXPECT_THAT(v.message, HasSubstr("got 1.00000001"));
  EXPECT_THAT(v.message, HasSubstr("tolerance"));
}

TEST(ChecksTest, ApproxAbsoluteToleranceBoundaryIsInclusive) {
  // Values chosen to be exact in binary, so the boundary is the boundary.
  const CheckParams p = scalars({{"abs_tol", "0.5"}});
  EXPECT_TRUE(judge("approx", p, json(1.5), json(1.0)).passed);
  EXPECT_TRUE(judge("approx", p, json(0.5), json(1.0)).passed);
  const Verdict v = judge("approx", p, json(1.5000001), json(1.0));
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, AllOf(HasSubstr("expected 1.0"), HasSubstr("got 1.5000001"),
                               HasSubstr("tolerance 0.5")));
}

TEST(ChecksTest, ApproxRelativeToleranceScalesWithExpected) {
  const CheckParams p = scalars({{"abs_tol", "0"}, {"rel_tol", "0.015625"}});  // 1/64
  EXPECT_TRUE(judge("approx", p, json(260.0), json(256.0)).passed);            // |4| <= 256/64
  EXPECT_TRUE(judge("approx", p, json(-260.0), json(-256.0)).passed);          // uses |expected|
  const Verdict v = judge("approx", p, json(260.0625), json(256.0));
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, AllOf(HasSubstr("expected 256"), HasSubstr("got 260.0625"),
                               HasSubstr("tolerance 4.0")));
  // The same relative tolerance is tiny near zero: 0.5 vs 0.51 fails.
  EXPECT_FALSE(judge("approx", p, json(0.51), json(0.5)).passed);
}

TEST(ChecksTest, ApproxUsesTheLargerOfAbsoluteAndRelativeTolerance) {
  const CheckParams p = scalars({{"abs_tol", "0.25"}, {"rel_tol", "0.015625"}});
  EXPECT_TRUE(judge("approx", p, json(0.75), json(0.5)).passed);       // abs wins near zero
  EXPECT_TRUE(judge("approx", p, json(1028.0), json(1024.0)).passed);  // rel wins: 16
  EXPECT_FALSE(judge("approx", p, json(1040.5), json(1024.0)).passed);
}

TEST(ChecksTest, ApproxTreatsNanAsEqualToNanOnly) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(judge("approx", {}, json(nan), json(nan)).passed);
  EXPECT_TRUE(judge("approx", {}, json({1.0, nan}), json({1.0, nan})).passed);
  EXPECT_FALSE(judge("approx", {}, json(1.0), json(nan)).passed);
  EXPECT_FALSE(judge("approx", {}, json(nan), json(1.0)).passed);
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_FALSE(judge("approx", scalars({{"abs_tol", "1e300"}}), json(inf), json(1.0)).passed);
}

TEST(ChecksTest, ApproxArraysOfDifferentLengthFail) {
  const Verdict v = judge("approx", {}, json({1.0, 2.0}), json({1.0, 2.0, 3.0}));
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected 3 values"));
  EXPECT_THAT(v.message, HasSubstr("[1.0,2.0]"));
  EXPECT_FALSE(judge("approx", {}, json({1.0, 2.0, 3.0, 4.0}), json({1.0, 2.0, 3.0})).passed);
}

TEST(ChecksTest, ApproxNamesWhereTheFirstDifferenceIs) {
  const Verdict v = judge("approx", {}, json{{"coef", {0.5, 2.5}}}, json{{"coef", {0.5, 2.0}}});
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("at .coef[1]: expected 2.0, got 2.5"));

  const Verdict missing = judge("approx", {}, json{{"a", 1.0}}, json{{"a", 1.0}, {"b", 2.0}});
  EXPECT_FALSE(missing.passed);
  EXPECT_THAT(missing.message, HasSubstr("missing 'b'"));

  const Verdict text = judge("approx", {}, json("1.0"), json(1.0));
  EXPECT_FALSE(text.passed);
  EXPECT_THAT(text.message, HasSubstr("expected a number, got \"1.0\""));
}

TEST(ChecksTest, ApproxSelectsAField) {
  const CheckParams p = scalars({{"field", "accuracy"}, {"abs_tol", "0.01"}});
  EXPECT_TRUE(judge("approx", p, json{{"accuracy", 0.905}}, json{{"accuracy", 0.9}}).passed);
  const Verdict v = judge("approx", p, json{{"acc", 0.9}}, json{{"accuracy", 0.9}});
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("no 'accuracy'"));
}

TEST(ChecksTest, ApproxValidatesParameters) {
  EXPECT_NO_THROW(check("approx").validate(
      scalars({{"field", "x"}, {"abs_tol", "1e-6"}, {"rel_tol", "0.01"}})));
  EXPECT_THAT(invalid("approx", scalars({{"tolerance", "0.1"}})), HasSubstr("'tolerance'"));
  EXPECT_THAT(invalid("approx", scalars({{"abs_tol", "-1"}})),
              AllOf(HasSubstr("'abs_tol'"), HasSubstr("non-negative number")));
  EXPECT_THAT(invalid("approx", scalars({{"rel_tol", "lots"}})), HasSubstr("'rel_tol'"));
  EXPECT_THAT(invalid("approx", scalars({{"rel_tol", "0.1x"}})), HasSubstr("'rel_tol'"));
  EXPECT_THAT(invalid("approx", scalars({{"abs_tol", "nan"}})), HasSubstr("'abs_tol'"));
  CheckParams list;
  list.lists = {{"abs_tol_list", {"1"}}};
  EXPECT_THAT(invalid("approx", list), HasSubstr("'abs_tol_list'"));
}

// ---- set_equal ----

TEST(ChecksTest, SetEqualPassesRegardlessOfOrder) {
  const json want = {{"issues", {issue(3, "hp", "missing"), issue(61, "attack", "out_of_range")}}};
  const json got = {{"issues", {issue(61, "attack", "out_of_range"), issue(3, "hp", "missing")}}};
  EXPECT_TRUE(judge("set_equal", issue_keys(), got, want).passed);
  EXPECT_TRUE(judge("set_equal", {}, json({3, 1, 2}), json({1, 2, 3})).passed);
  EXPECT_TRUE(judge("set_equal", issue_keys(), json{{"issues", json::array()}},
                    json{{"issues", json::array()}})
                  .passed);
}

TEST(ChecksTest, SetEqualHasMultisetSemantics) {
  const json want = {
      {"issues",
       {issue(5, "id", "duplicate"), issue(5, "id", "duplicate"), issue(9, "type", "category")}}};
  const json once = {{"issues", {issue(5, "id", "duplicate"), issue(9, "type", "category")}}};
  const Verdict fewer = judge("set_equal", issue_keys(), once, want);
  EXPECT_FALSE(fewer.passed);
  EXPECT_THAT(fewer.message, HasSubstr("expected 3 issues, got 2"));
  EXPECT_THAT(fewer.message, HasSubstr("missed 1"));
  EXPECT_THAT(fewer.message, Not(HasSubstr("unexpected")));

  const json thrice = {{"issues",
                        {issue(5, "id", "duplicate"), issue(5, "id", "duplicate"),
                         issue(5, "id", "duplicate"), issue(9, "type", "category")}}};
  const Verdict more = judge("set_equal", issue_keys(), thrice, want);
  EXPECT_FALSE(more.passed);
  EXPECT_THAT(more.message, HasSubstr("expected 3 issues, got 4"));
  EXPECT_THAT(more.message, HasSubstr("1 unexpected"));
  EXPECT_THAT(more.message, Not(HasSubstr("missed")));
}

TEST(ChecksTest, SetEqualProjectionByKeyIgnoresExtraFields) {
  json noisy = issue(3, "hp", "missing");
  noisy["note"] = "blank cell";
  noisy["value"] = nullptr;
  const json want = {{"issues", {issue(3, "hp", "missing")}}};
  EXPECT_TRUE(judge("set_equal", issue_keys(), json{{"issues", {noisy}}}, want).passed);

  // Without `key` the whole record counts, so the extra fields make it differ.
  CheckParams no_key = issue_keys();
  no_key.lists.clear();
  EXPECT_FALSE(judge("set_equal", no_key, json{{"issues", {noisy}}}, want).passed);
}

TEST(ChecksTest, SetEqualMessageNamesMissedAndUnexpectedExamples) {
  const json want = {{"issues", {issue(3, "hp", "missing"), issue(61, "attack", "out_of_range")}}};
  const json got = {{"issues", {issue(3, "hp", "missing"), issue(62, "speed", "wrong_type")}}};
  const Verdict v = judge("set_equal", issue_keys(), got, want);
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected 2 issues, got 2"));
  EXPECT_THAT(v.message, HasSubstr("missed 1"));
  EXPECT_THAT(v.message, HasSubstr("1 unexpected"));
  // The examples name the records (formatting aside).
  EXPECT_THAT(v.message, AllOf(HasSubstr("61"), HasSubstr("attack"), HasSubstr("out_of_range")));
  EXPECT_THAT(v.message, AllOf(HasSubstr("62"), HasSubstr("speed"), HasSubstr("wrong_type")));
  EXPECT_THAT(v.message, Not(HasSubstr("hp")));
  // "missed" comes before "unexpected".
  EXPECT_LT(v.message.find("missed"), v.message.find("unexpected"));
}

TEST(ChecksTest, SetEqualShowsAtMostThreeExamplesEach) {
  json want = json::array();
  for (int row = 0; row < 10; ++row) want.push_back(issue(row, "hp", "missing"));
  const Verdict v = judge("set_equal", {}, json::array(), want);
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected 10 items, got 0"));  // Default noun.
  EXPECT_THAT(v.message, HasSubstr("missed 10"));
  EXPECT_THAT(v.message, HasSubstr("\"row\":2"));
  EXPECT_THAT(v.message, Not(HasSubstr("\"row\":3")));
}

TEST(ChecksTest, SetEqualRejectsANonList) {
  const Verdict v =
      judge("set_equal", issue_keys(), json{{"issues", "none"}}, json{{"issues", json::array()}});
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected a list, got \"none\""));
  const Verdict missing = judge("set_equal", issue_keys(), json{{"problems", json::array()}},
                                json{{"issues", json::array()}});
  EXPECT_FALSE(missing.passed);
  EXPECT_THAT(missing.message, HasSubstr("no 'issues'"));
}

TEST(ChecksTest, SetEqualValidatesParameters) {
  EXPECT_NO_THROW(check("set_equal").validate(issue_keys()));
  CheckParams bad = issue_keys();
  bad.scalars["tolerance"] = "0.1";
  EXPECT_THAT(invalid("set_equal", bad), HasSubstr("unknown parameter 'tolerance'"));
  CheckParams bad_list = issue_keys();
  bad_list.lists["keys"] = {"row"};
  EXPECT_THAT(invalid("set_equal", bad_list), HasSubstr("'keys'"));
}

// ---- must_raise ----

TEST(ChecksTest, MustRaisePassesWhenTheLearnerThrew) {
  EXPECT_TRUE(judge_raised("must_raise", {}, json(nullptr)).passed);
  EXPECT_TRUE(
      judge_raised("must_raise", scalars({{"error_contains", "not found"}}), json(nullptr)).passed);
}

TEST(ChecksTest, MustRaiseFailsWhenTheLearnerReturned) {
  const Verdict v = judge("must_raise", {}, json(42), json(nullptr));
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected your code to throw"));
  EXPECT_THAT(v.message, HasSubstr("returned 42"));

  const Verdict named =
      judge("must_raise", scalars({{"error_contains", "empty table"}}), json(0), json(nullptr));
  EXPECT_FALSE(named.passed);
  EXPECT_THAT(named.message, HasSubstr("an error mentioning 'empty table'"));
}

TEST(ChecksTest, MustRaiseWithErrorContainsChecksTheMessage) {
  const Verdict v =
      judge_raised("must_raise", scalars({{"error_contains", "empty table"}}), json(nullptr));
  EXPECT_FALSE(v.passed);
  EXPECT_THAT(v.message, HasSubstr("expected an error mentioning 'empty table'"));
  EXPECT_THAT(v.message, HasSubstr("got std::out_of_range: column 'hp' not found"));
}

TEST(ChecksTest, MustRaiseWithErrorTypeChecksTheKind) {
  // raised() reports std::out_of_range.
  EXPECT_TRUE(
      judge_raised("must_raise", scalars({{"error_type", "std::out_of_range"}}), json()).passed);
  const Verdict wrong =
      judge_raised("must_raise", scalars({{"error_type", "std::invalid_argument"}}), json());
  EXPECT_FALSE(wrong.passed);
  EXPECT_THAT(wrong.message, HasSubstr("expected your code to throw std::invalid_argument"));
  EXPECT_THAT(wrong.message, HasSubstr("got std::out_of_range: column 'hp' not found"));
  EXPECT_THAT(wrong.public_message, Not(HasSubstr("column 'hp'")))
      << "a hidden checkpoint must not show the message, which may quote the input";

  // A list accepts any of its kinds.
  CheckParams either;
  either.lists["error_type"] = {"std::invalid_argument", "std::out_of_range"};
  EXPECT_TRUE(judge_raised("must_raise", either, json()).passed);
  const Verdict returned = judge("must_raise", either, json(1), json());
  EXPECT_THAT(returned.message,
              HasSubstr("throw std::invalid_argument or std::out_of_range, but it returned 1"));

  // Kind and message together: both must match.
  const Verdict text = judge_raised(
      "must_raise", scalars({{"error_type", "std::out_of_range"}, {"error_contains", "missing"}}),
      json());
  EXPECT_FALSE(text.passed);
  EXPECT_THAT(text.message, HasSubstr("std::out_of_range mentioning 'missing'"));
}

TEST(ChecksTest, MustRaiseValidatesParameters) {
  EXPECT_NO_THROW(check("must_raise").validate(scalars({{"error_contains", "x"}})));
  EXPECT_NO_THROW(check("must_raise").validate(scalars({{"error_type", "ex::BadInput"}})));
  EXPECT_THAT(invalid("must_raise", scalars({{"error_type", ""}})), HasSubstr("error_type"));
  CheckParams listed;
  listed.lists["error_contains"] = {"a", "b"};
  EXPECT_THAT(invalid("must_raise", listed), HasSubstr("must be a single value"));
  EXPECT_THAT(invalid("must_raise", scalars({{"field", "x"}})),
              HasSubstr("unknown parameter 'field'"));
}

}  // namespace
}  // namespace course
