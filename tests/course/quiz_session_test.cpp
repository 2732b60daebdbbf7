// Tests of src/course/quiz_session.cpp and quiz_answers_file.cpp against the fixture quiz course:
// finding a quiz, the attempt number, recording attempts in a real progress store (attempts, best,
// passed, last attempt time, level), and every kind of bad answers file.
#include "course/quiz_session.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "course/levels.hpp"
#include "course/progress_json.hpp"
#include "course/quiz_answers_file.hpp"
#include "course/quiz_draw.hpp"
#include "quiz_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

class QuizSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directory(state_dir());
    Progress p;
    p.course_id = "quiz-fixture";
    store_.create(p);
  }
  fs::path state_dir() const { return tmp_.path() / ".course"; }

  // Every question of the quiz's modules answered right, or wrong (a choice that is not the
  // answer, or the number off by one).
  std::map<std::string, Answer> answers(const Quiz& quiz, bool right) const {
    std::map<std::string, Answer> out;
    for (const Question* q : course_.quiz_bank.of_modules(quiz.modules)) {
      Answer a;
      a.choices = q->answer;
      a.number = q->numeric_answer + (right ? 0 : 1);
      if (!right && q->type != QuestionType::kNumeric) a.choices = {q->answer[0] == 0 ? 1 : 0};
      out[q->id] = a;
    }
    return out;
  }

  QuizResult take(const Quiz& quiz, bool right) {
    const QuizAttempt attempt = next_attempt(course_, store_.load(), quiz);
    return score_quiz(quiz, attempt.attempt, attempt.questions, answers(quiz, right));
  }

  course_test::QuizCourse fixture_;
  Course course_ = fixture_.load();
  course_test::TempDir tmp_;
  ProgressStore store_{state_dir()};
};

TEST_F(QuizSessionTest, FindsQuizzesAndSuggestsOnATypo) {
  EXPECT_EQ(find_quiz(course_, "fx-mixed").title, "Fixture quiz: modules 1 and 2");
  try {
    find_quiz(course_, "fx-mixd");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kBadInput);
    EXPECT_THAT(e.what(), HasSubstr("unknown quiz 'fx-mixd'; did you mean 'fx-mixed'?"));
    EXPECT_THAT(e.what(), HasSubstr("(quizzes: fx-module-1, fx-mixed, fx-all-2)"));
  }
  Course none = course_;
  none.quizzes.clear();
  EXPECT_THROW(find_quiz(none, "fx-mixed"), Error);
}

TEST_F(QuizSessionTest, AttemptNumberFollowsRecordedAttempts) {
  const Quiz& quiz = find_quiz(course_, "fx-mixed");
  QuizAttempt first = next_attempt(course_, store_.load(), quiz);
  EXPECT_EQ(first.attempt, 1);
  EXPECT_EQ(first.quiz, &quiz);
  ASSERT_EQ(first.questions.size(), 6u);
  const auto counts = [](const QuizAttempt& a) {
    int m1 = 0;
    for (const Question* q : a.questions) m1 += q->module == 1;
    return m1;
  };
  EXPECT_EQ(counts(first), 3);  // 6 over modules 1 and 2: 3 + 3.
  EXPECT_EQ(first.questions, draw_questions(quiz, course_.quiz_bank, 1));

  record_quiz(course_, store_, score_quiz(quiz, 1, first.questions, {}));
  const QuizAttempt second = next_attempt(course_, store_.load(), quiz);
  EXPECT_EQ(second.attempt, 2);
  EXPECT_EQ(second.questions, draw_questions(quiz, course_.quiz_bank, 2));
}

TEST_F(QuizSessionTest, RecordsAttemptsBestScorePassedAndTime) {
  const Quiz& quiz = find_quiz(course_, "fx-module-1");
  QuizOutcome outcome = record_quiz(course_, store_, take(quiz, false));
  EXPECT_EQ(outcome.score.attempts, 1);
  EXPECT_DOUBLE_EQ(outcome.score.best_score, 0.0);
  EXPECT_FALSE(outcome.score.passed());
  EXPECT_FALSE(outcome.newly_passed);
  EXPECT_FALSE(outcome.level_up);
  EXPECT_FALSE(outcome.score.last_attempt_at.empty());

  outcome = record_quiz(course_, store_, take(quiz, true));
  EXPECT_EQ(outcome.score.attempts, 2);
  EXPECT_DOUBLE_EQ(outcome.score.best_score, 1.0);
  EXPECT_DOUBLE_EQ(outcome.score.last_score, 1.0);
  EXPECT_TRUE(outcome.newly_passed);
  EXPECT_TRUE(outcome.score.passed());
  // Level 1 requires only this quiz in the fixture: passing it raises the level.
  ASSERT_TRUE(outcome.level_up);
  EXPECT_EQ(outcome.level_up->level, 1);
  EXPECT_EQ(outcome.level_up->name, "Advanced Beginner");
  const std::string passed_at = outcome.score.passed_at;

  outcome = record_quiz(course_, store_, take(quiz, false));  // A worse retake.
  EXPECT_EQ(outcome.score.attempts, 3);
  EXPECT_DOUBLE_EQ(outcome.score.best_score, 1.0);  // Best is kept…
  EXPECT_DOUBLE_EQ(outcome.score.last_score, 0.0);
  EXPECT_TRUE(outcome.score.passed());  // …and so is the pass.
  EXPECT_EQ(outcome.score.passed_at, passed_at);
  EXPECT_FALSE(outcome.newly_passed);
  EXPECT_FALSE(outcome.level_up);

  // What is on disk says the same.
  const Progress p = progress_from_json(course_test::read_file(state_dir() / "progress.json"));
  const AssessmentScore& s = p.quizzes.at("fx-module-1");
  EXPECT_EQ(s.attempts, 3);
  EXPECT_DOUBLE_EQ(s.best_score, 1.0);
  EXPECT_EQ(s.passed_at, passed_at);
  EXPECT_EQ(s.last_attempt_at, outcome.score.last_attempt_at);
  EXPECT_EQ(p.level, 1);
  EXPECT_EQ(p.quizzes.count("fx-mixed"), 0u);
}

TEST_F(QuizSessionTest, StatusListsAMissingQuizForTheNextLevel) {
  const Quiz& quiz = find_quiz(course_, "fx-module-1");
  EXPECT_THAT(missing_for_level(course_, store_.load(), 1),
              ::testing::ElementsAre("Fixture quiz: module 1: not taken yet (`course quiz "
                                     "fx-module-1`, pass mark 75%)"));
  record_quiz(course_, store_, take(quiz, false));
  EXPECT_THAT(missing_for_level(course_, store_.load(), 1),
              ::testing::ElementsAre("Fixture quiz: module 1: not passed yet (best 0%; `course "
                                     "quiz fx-module-1`, pass mark 75%)"));
  EXPECT_EQ(reached_level(course_, store_.load()), 0);
  record_quiz(course_, store_, take(quiz, true));
  EXPECT_TRUE(missing_for_level(course_, store_.load(), 1).empty());
  EXPECT_EQ(reached_level(course_, store_.load()), 1);
}

class AnswersFileTest : public QuizSessionTest {
 protected:
  fs::path write(const std::string& text) {
    const fs::path path = tmp_.path() / "answers.yaml";
    course_test::write_file(path, text);
    return path;
  }
  std::string error(const std::string& text) {
    try {
      load_answers_file(write(text), "answers.yaml", course_.quiz_bank);
    } catch (const InputError& e) {
      EXPECT_EQ(e.code(), ExitCode::kBadInput);
      EXPECT_EQ(e.file(), "answers.yaml");
      return e.what();
    }
    ADD_FAILURE() << "accepted: " << text;
    return "";
  }
};

TEST_F(AnswersFileTest, ReadsYamlAndJson) {
  auto answers = load_answers_file(
      write("fx1-missing: b\nfx1-checks: [c, a]\nfx2-encode: \"a, b\"\nfx1-psi: 0.26\n"
            "fx1-rows: 120 rows\nfx2-split:\n"),
      "answers.yaml", course_.quiz_bank);
  ASSERT_EQ(answers.size(), 5u);  // fx2-split is written down as unanswered.
  EXPECT_EQ(answers.at("fx1-missing").choices, std::vector<int>{1});
  EXPECT_EQ(answers.at("fx1-checks").choices, (std::vector<int>{0, 2}));
  EXPECT_EQ(answers.at("fx2-encode").choices, (std::vector<int>{0, 1}));
  EXPECT_DOUBLE_EQ(answers.at("fx1-psi").number, 0.26);
  EXPECT_DOUBLE_EQ(answers.at("fx1-rows").number, 120);

  answers =
      load_answers_file(write(R"({"fx1-leak": "a", "fx1-types": ["b", "d"], "fx2-corr": -0.5})"),
                        "answers.yaml", course_.quiz_bank);
  ASSERT_EQ(answers.size(), 3u);
  EXPECT_EQ(answers.at("fx1-types").choices, (std::vector<int>{1, 3}));
  EXPECT_DOUBLE_EQ(answers.at("fx2-corr").number, -0.5);
}

TEST_F(AnswersFileTest, BadFilesNameFileLineAndQuestion) {
  EXPECT_THAT(error("fx1-missing: b\nfx1-checks: [a, z]\n"),
              StartsWith("answers.yaml:2:13: fx1-checks: '"));
  EXPECT_THAT(
      error("fx1-missing: b\nfx1-checks: [a, z]\n"),
      HasSubstr("'a,z' does not answer this multiple question: type one or more letters, a–d"));
  EXPECT_THAT(error("fx1-psi: a quarter\n"),
              HasSubstr("answers.yaml:1:10: fx1-psi: 'a quarter' does not answer this numeric "
                        "question: type a number"));
  EXPECT_THAT(error("fx1-missing: [a, b]\n"), HasSubstr("type one letter, a–c"));
  EXPECT_THAT(error("fx1-missing: b\nfx1-mising: b\n"),
              HasSubstr("answers.yaml:2:1: fx1-mising: no question 'fx1-mising' in the quiz bank; "
                        "did you mean 'fx1-missing'?"));
  EXPECT_THAT(error("fx1-missing: {x: 1}\n"), HasSubstr("fx1-missing: expected a text value"));
  EXPECT_THAT(error("- fx1-missing\n- b\n"), HasSubstr("expected a mapping of question id"));
  EXPECT_THAT(error(""), HasSubstr("expected a mapping of question id"));
  EXPECT_THAT(error("{\"fx1-missing\": \"b\",\n"), StartsWith("answers.yaml:"));
  try {
    load_answers_file(tmp_.path() / "none.yaml", "none.yaml", course_.quiz_bank);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "none.yaml: no such file");
  }
}

}  // namespace
}  // namespace course
