// Tests of src/course/progress_json.cpp: the progress.json format round-trips every field, and
// every kind of bad document is rejected with a message naming where or what is wrong.
#include "course/progress_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace course {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// Every field set to a value different from its default, so a field that is not written or not
// read shows up as a mismatch.
Progress fully_populated() {
  Progress p;
  p.schema_version = 1;
  p.course_id = "ml-engineering-onboarding";
  p.course_version = "0.1.0";
  p.created_at = "2026-01-05T09:00:00Z";
  p.updated_at = "2026-01-19T17:45:12Z";
  p.current_exercise = "1.2";
  p.level = 2;
  p.level_history = {{1, "Advanced Beginner", "2026-01-10T10:00:00Z", "", ""},
                     {2, "Competent", "2026-01-18T11:30:00Z", "Dr. Ada", "awarded early"}};

  ExerciseProgress done;
  done.state = ExerciseState::kDone;
  done.attempts = 7;
  done.best_score = 14;
  done.max_score = 14;
  done.hints_revealed = 2;
  done.first_attempt_at = "2026-01-05T09:10:00Z";
  done.last_attempt_at = "2026-01-06T12:00:00Z";
  done.completed_at = "2026-01-06T12:00:01Z";
  done.source_hash = "cbf29ce484222325";
  done.last_results = {{"missing-values", "passed", 2, 2}, {"mixed-hidden", "failed", 0, 3}};
  p.exercises["1.1"] = done;

  ExerciseProgress started;
  started.state = ExerciseState::kInProgress;
  started.attempts = 1;
  started.best_score = 3;
  started.max_score = 10;
  started.hints_revealed = 1;
  started.first_attempt_at = "2026-01-19T17:40:00Z";
  started.last_attempt_at = "2026-01-19T17:45:00Z";
  started.source_hash = "0123456789abcdef";
  started.last_results = {{"clean-sample", "compile_error", 0, 1}};
  p.exercises["1.2"] = started;

  p.quizzes["quiz-1"] = {3, 0.875, 0.1, "2026-01-07T08:00:00Z", "2026-01-08T09:30:00Z"};
  p.quizzes["quiz-2"] = {1, 0.3333333333333333, 0.3333333333333333, "", "2026-01-08T10:00:00Z"};
  p.exams["checkpoint-1"] = {2, 0.81, 0.79, "2026-01-09T15:00:00Z", "2026-01-09T15:00:00Z"};
  p.journal = {{"2026-01-05T09:30:00Z", "Missing ≠ zero. \"Quotes\", backslash \\ and\nnewline."},
               {"2026-01-06T12:05:00Z", "Tab\there; emoji 🐍"}};
  return p;
}

void expect_same(const Progress& a, const Progress& b) {
  EXPECT_EQ(a.schema_version, b.schema_version);
  EXPECT_EQ(a.course_id, b.course_id);
  EXPECT_EQ(a.course_version, b.course_version);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
  EXPECT_EQ(a.current_exercise, b.current_exercise);
  EXPECT_EQ(a.level, b.level);
  ASSERT_EQ(a.level_history.size(), b.level_history.size());
  for (std::size_t i = 0; i < a.level_history.size(); ++i) {
    EXPECT_EQ(a.level_history[i].level, b.level_history[i].level);
    EXPECT_EQ(a.level_history[i].name, b.level_history[i].name);
    EXPECT_EQ(a.level_history[i].reached_at, b.level_history[i].reached_at);
    EXPECT_EQ(a.level_history[i].awarded_by, b.level_history[i].awarded_by);
    EXPECT_EQ(a.level_history[i].reason, b.level_history[i].reason);
  }
  ASSERT_EQ(a.exercises.size(), b.exercises.size());
  for (const auto& [id, x] : a.exercises) {
    SCOPED_TRACE("exercise " + id);
    ASSERT_EQ(b.exercises.count(id), 1u);
    const ExerciseProgress& y = b.exercises.at(id);
    EXPECT_EQ(x.state, y.state);
    EXPECT_EQ(x.attempts, y.attempts);
    EXPECT_EQ(x.best_score, y.best_score);
    EXPECT_EQ(x.max_score, y.max_score);
    EXPECT_EQ(x.hints_revealed, y.hints_revealed);
    EXPECT_EQ(x.first_attempt_at, y.first_attempt_at);
    EXPECT_EQ(x.last_attempt_at, y.last_attempt_at);
    EXPECT_EQ(x.completed_at, y.completed_at);
    EXPECT_EQ(x.source_hash, y.source_hash);
    ASSERT_EQ(x.last_results.size(), y.last_results.size());
    for (std::size_t i = 0; i < x.last_results.size(); ++i) {
      EXPECT_EQ(x.last_results[i].id, y.last_results[i].id);
      EXPECT_EQ(x.last_results[i].status, y.last_results[i].status);
      EXPECT_EQ(x.last_results[i].points, y.last_results[i].points);
      EXPECT_EQ(x.last_results[i].max_points, y.last_results[i].max_points);
    }
  }
  for (const auto* scores : {&a.quizzes, &a.exams}) {
    const auto& other = scores == &a.quizzes ? b.quizzes : b.exams;
    ASSERT_EQ(scores->size(), other.size());
    for (const auto& [id, s] : *scores) {
      SCOPED_TRACE("assessment " + id);
      ASSERT_EQ(other.count(id), 1u);
      const AssessmentScore& t = other.at(id);
      EXPECT_EQ(s.attempts, t.attempts);
      EXPECT_EQ(s.best_score, t.best_score);  // Exact: doubles must round-trip bit for bit.
      EXPECT_EQ(s.last_score, t.last_score);
      EXPECT_EQ(s.passed_at, t.passed_at);
      EXPECT_EQ(s.last_attempt_at, t.last_attempt_at);
    }
  }
  ASSERT_EQ(a.journal.size(), b.journal.size());
  for (std::size_t i = 0; i < a.journal.size(); ++i) {
    EXPECT_EQ(a.journal[i].at, b.journal[i].at);
    EXPECT_EQ(a.journal[i].text, b.journal[i].text);
  }
}

// Parses `text`, expecting a ProgressFormatError; returns its message.
std::string rejection(const std::string& text, bool expect_newer = false) {
  try {
    progress_from_json(text);
  } catch (const ProgressFormatError& e) {
    EXPECT_EQ(e.newer(), expect_newer) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "accepted: " << text.substr(0, 200);
  return "";
}

TEST(ProgressJsonTest, RoundTripsEveryField) {
  const Progress original = fully_populated();
  const std::string text = progress_to_json(original);
  const Progress back = progress_from_json(text);
  expect_same(original, back);
  // Stable output: serializing what was read gives the same bytes.
  EXPECT_EQ(progress_to_json(back), text);
}

TEST(ProgressJsonTest, DefaultProgressRoundTrips) {
  const Progress original;
  expect_same(original, progress_from_json(progress_to_json(original)));
}

TEST(ProgressJsonTest, OutputIsIndentedAndEndsWithNewline) {
  const std::string text = progress_to_json(fully_populated());
  EXPECT_THAT(text, StartsWith("{\n  \""));
  EXPECT_THAT(text, EndsWith("}\n"));
  EXPECT_THAT(text, HasSubstr("\n  \"schema_version\": 1"));
  EXPECT_THAT(text, HasSubstr("\"state\": \"done\""));
  EXPECT_THAT(text, HasSubstr("\"state\": \"in_progress\""));
}

TEST(ProgressJsonTest, InvalidUtf8InJournalIsReplacedNotThrown) {
  Progress p;
  p.journal = {{"2026-01-01T00:00:00Z", std::string("bad \xff\xfe bytes")}};
  std::string text;
  ASSERT_NO_THROW(text = progress_to_json(p));
  const Progress back = progress_from_json(text);
  ASSERT_EQ(back.journal.size(), 1u);
  EXPECT_THAT(back.journal[0].text, StartsWith("bad "));
  EXPECT_THAT(back.journal[0].text, EndsWith(" bytes"));
}

TEST(ProgressJsonTest, MissingOptionalFieldsTakeDefaultsAndUnknownKeysAreTolerated) {
  const Progress p = progress_from_json(
      R"({"schema_version": 1, "added_by_a_patch_release": true,
          "exercises": {"1.1": {"attempts": 2, "future_field": [1, 2]}}})");
  EXPECT_EQ(p.level, 0);
  EXPECT_TRUE(p.course_id.empty());
  ASSERT_EQ(p.exercises.count("1.1"), 1u);
  EXPECT_EQ(p.exercises.at("1.1").attempts, 2);
  EXPECT_EQ(p.exercises.at("1.1").state, ExerciseState::kNotStarted);
}

// A quiz score written before last_attempt_at and passed existed still loads; passed comes from
// passed_at (the written "passed" is derived and never read back).
TEST(ProgressJsonTest, QuizScoreWithoutLastAttemptLoads) {
  const Progress p = progress_from_json(
      R"({"schema_version": 1, "quizzes": {"module-1": {"attempts": 2, "best_score": 0.9,)"
      R"( "last_score": 0.7, "passed_at": "2026-01-07T08:00:00Z"}, "module-2": {"attempts": 1,)"
      R"( "best_score": 0.5, "last_score": 0.5, "passed_at": "", "passed": true}}})");
  ASSERT_EQ(p.quizzes.count("module-1"), 1u);
  const AssessmentScore& s = p.quizzes.at("module-1");
  EXPECT_EQ(s.attempts, 2);
  EXPECT_DOUBLE_EQ(s.best_score, 0.9);
  EXPECT_TRUE(s.passed());
  EXPECT_EQ(s.last_attempt_at, "");
  EXPECT_FALSE(p.quizzes.at("module-2").passed());
  const std::string text = progress_to_json(p);
  EXPECT_THAT(text, HasSubstr("\"passed\": true"));
  EXPECT_THAT(text, HasSubstr("\"last_attempt_at\": \"\""));
}

TEST(ProgressJsonTest, NewerSchemaVersionSaysUpgradeCourse) {
  const std::string message = rejection(R"({"schema_version": 2, "course": {"id": "x"}})", true);
  EXPECT_THAT(message, HasSubstr("schema_version 2"));
  EXPECT_THAT(message, HasSubstr("upgrade course"));
}

TEST(ProgressJsonTest, MissingOrInvalidSchemaVersionIsNotNewer) {
  EXPECT_THAT(rejection(R"({"course": {}})"), HasSubstr("schema_version"));
  EXPECT_THAT(rejection(R"({"schema_version": "1"})"), HasSubstr("schema_version"));
  EXPECT_THAT(rejection(R"({"schema_version": 1.5})"), HasSubstr("schema_version"));
  EXPECT_THAT(rejection(R"({"schema_version": 0})"), HasSubstr("schema_version 0"));
}

TEST(ProgressJsonTest, SyntaxErrorNamesLineAndColumn) {
  // The bad token 'oops' starts at line 3, column 17.
  EXPECT_THAT(rejection("{\n  \"schema_version\": 1,\n  \"created_at\": oops\n}\n"),
              HasSubstr("line 3, column 17"));
  // A trailing comma is noticed at the closing brace, line 4, column 1.
  EXPECT_THAT(rejection("{\n  \"schema_version\": 1,\n  \"created_at\": \"x\",\n}\n"),
              HasSubstr("line 4, column 1"));
  EXPECT_THAT(rejection("{\"schema_version\": 1"), HasSubstr("not valid JSON at line 1"));
  EXPECT_THAT(rejection(""), HasSubstr("not valid JSON"));
}

TEST(ProgressJsonTest, WrongFieldTypesNameTheField) {
  EXPECT_THAT(rejection(R"({"schema_version": 1, "created_at": 5})"),
              HasSubstr("field 'created_at' has the wrong type"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "course": {"id": 5}})"),
              HasSubstr("field 'course.id' has the wrong type"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "level": {"current": "two"}})"),
              HasSubstr("field 'level.current' has the wrong type"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "level": 3})"), HasSubstr("'level'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "level": {"history": {}}})"),
              HasSubstr("'level.history'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exercises": {"1.1": {"attempts": "three"}}})"),
              HasSubstr("field 'exercises.1.1.attempts' has the wrong type"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exercises": {"1.1": {"last_results": 4}}})"),
              HasSubstr("'exercises.1.1.last_results'"));
  EXPECT_THAT(
      rejection(
          R"({"schema_version": 1, "exercises": {"1.1": {"last_results": [{"points": "x"}]}}})"),
      HasSubstr("field 'exercises.1.1.last_results[].points' has the wrong type"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exercises": {"1.1": 3}})"),
              HasSubstr("'exercises.1.1.'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exercises": []})"), HasSubstr("'exercises'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "quizzes": {"q1": {"best_score": "high"}}})"),
              HasSubstr("field 'quizzes.q1.best_score' has the wrong type"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exams": []})"), HasSubstr("'exams'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "journal": {}})"), HasSubstr("'journal'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "journal": [{"text": false}]})"),
              HasSubstr("field 'journal[].text' has the wrong type"));
}

// Regression (found by these tests, fixed): field() treats a non-object container as "all fields
// absent", so values of the wrong kind where an object is expected load silently as defaults.
TEST(ProgressJsonTest, NonObjectWhereObjectExpectedIsRejected) {
  EXPECT_THAT(rejection(R"({"schema_version": 1, "course": 5})"), HasSubstr("course"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "journal": [3]})"), HasSubstr("journal"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "quizzes": {"q1": "passed"}})"),
              HasSubstr("quizzes.q1"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exercises": {"1.1": {"last_results": [7]}}})"),
              HasSubstr("last_results"));
}

// Regression (found by these tests, fixed): integers are narrowed to int without a range check, so
// 2^32 + 1 reads as 1: a far-future schema_version is taken for version 1.
TEST(ProgressJsonTest, OutOfRangeIntegersAreRejected) {
  // 2^32 + 1 is a version from the future, not version 1 after silent narrowing.
  EXPECT_THAT(rejection(R"({"schema_version": 4294967297})", /*expect_newer=*/true),
              HasSubstr("4294967297"));
  rejection(R"({"schema_version": 1, "exercises": {"x": {"attempts": 4294967297}}})");
}

TEST(ProgressJsonTest, TopLevelMustBeAnObject) {
  EXPECT_THAT(rejection("[1, 2, 3]"), HasSubstr("top level must be an object"));
  EXPECT_THAT(rejection("42"), HasSubstr("top level must be an object"));
}

TEST(ProgressJsonTest, DepthBombIsRejectedWithoutCrashing) {
  const std::string bomb = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_THAT(rejection(bomb), HasSubstr("nested deeper than"));
  // The same inside an otherwise valid document, and as objects.
  EXPECT_THAT(rejection(R"({"schema_version": 1, "journal": )" + bomb + "}"),
              HasSubstr("nested deeper than"));
  std::string objects;
  for (int i = 0; i < 50000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(50000, '}');
  EXPECT_THAT(rejection(objects), HasSubstr("nested deeper than"));
  // Unterminated: a syntax error, still no crash.
  EXPECT_THAT(rejection(std::string(100000, '[')), HasSubstr("not valid JSON"));
}

TEST(ProgressJsonTest, ModerateNestingInUnknownKeysIsAccepted) {
  const std::string nested = std::string(20, '[') + std::string(20, ']');
  EXPECT_NO_THROW(progress_from_json(R"({"schema_version": 1, "extra": )" + nested + "}"));
}

TEST(ProgressJsonTest, OversizedDocumentIsRejected) {
  std::string big = R"({"schema_version": 1, "pad": ")";
  big += std::string(17u << 20, 'x');
  big += "\"}";
  EXPECT_THAT(rejection(big), HasSubstr("larger than 16 MiB"));
}

TEST(ProgressJsonTest, UnknownStateValueIsRejected) {
  const std::string message =
      rejection(R"({"schema_version": 1, "exercises": {"1.1": {"state": "finished"}}})");
  EXPECT_THAT(message, HasSubstr("exercises.1.1.state"));
  EXPECT_THAT(message, HasSubstr("unknown value 'finished'"));
  EXPECT_THAT(rejection(R"({"schema_version": 1, "exercises": {"1.1": {"state": 2}}})"),
              HasSubstr("exercises.1.1.state"));
}

TEST(ProgressJsonTest, StateNamesAreStable) {
  EXPECT_STREQ(exercise_state_name(ExerciseState::kNotStarted), "not_started");
  EXPECT_STREQ(exercise_state_name(ExerciseState::kInProgress), "in_progress");
  EXPECT_STREQ(exercise_state_name(ExerciseState::kDone), "done");
}

}  // namespace
}  // namespace course
