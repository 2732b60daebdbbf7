// Tests of src/course/quiz_scoring.cpp: what a learner may type, and scoring (multiple only for
// the exact set, numeric within the tolerance, the pass mark at its boundary).
#include "course/quiz_scoring.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace course {
namespace {

using ::testing::HasSubstr;

Question single() {
  Question q;
  q.id = "s";
  q.type = QuestionType::kSingle;
  q.choices = {"zero", "one", "two"};
  q.answer = {1};
  return q;
}

Question multiple() {
  Question q;
  q.id = "m";
  q.type = QuestionType::kMultiple;
  q.choices = {"a", "b", "c", "d"};
  q.answer = {0, 2};
  return q;
}

Question numeric(double answer, double tolerance, std::string unit = "") {
  Question q;
  q.id = "n";
  q.type = QuestionType::kNumeric;
  q.numeric_answer = answer;
  q.tolerance = tolerance;
  q.unit = std::move(unit);
  return q;
}

std::optional<Answer> parse(const Question& q, const std::string& text) {
  std::string error;
  auto answer = parse_answer(q, text, error);
  EXPECT_EQ(answer.has_value(), error.empty()) << text;
  return answer;
}

bool correct(const Question& q, const std::string& text) {
  const auto answer = parse(q, text);
  EXPECT_TRUE(answer) << "did not parse: " << text;
  return answer && is_correct(q, *answer);
}

TEST(QuizScoringTest, SingleTakesOneLetter) {
  const Question q = single();
  EXPECT_TRUE(correct(q, "b"));
  EXPECT_TRUE(correct(q, "  B \n"));
  EXPECT_FALSE(correct(q, "a"));
  for (const char* bad : {"", "d", "ab", "a,b", "1", "bb?", "-"}) {
    SCOPED_TRACE(bad);
    std::string error;
    EXPECT_FALSE(parse_answer(q, bad, error));
    EXPECT_EQ(error, "type one letter, a–c");
  }
  // "bb" is the same letter twice: one letter.
  EXPECT_TRUE(correct(q, "bb"));
}

TEST(QuizScoringTest, MultipleScoresOnlyTheExactSet) {
  const Question q = multiple();
  for (const char* right : {"a,c", "c,a", "a c", "ac", "A, C", "a,c,a"})
    EXPECT_TRUE(correct(q, right)) << right;
  for (const char* wrong : {"a", "c", "a,b,c", "a,c,d", "b,d", "a,b,c,d"})
    EXPECT_FALSE(correct(q, wrong)) << wrong;
  std::string error;
  EXPECT_FALSE(parse_answer(q, "a,e", error));
  EXPECT_THAT(error, HasSubstr("type one or more letters, a–d"));
  EXPECT_FALSE(parse_answer(q, " , ", error));
  EXPECT_EQ(answer_text(q, *parse(q, "c a")), "a,c");
}

TEST(QuizScoringTest, NumericWithinTolerance) {
  const Question q = numeric(0.25, 0.01);
  EXPECT_TRUE(correct(q, "0.25"));
  EXPECT_TRUE(correct(q, ".25"));
  EXPECT_TRUE(correct(q, "2.5e-1"));
  // Both boundaries count, although 0.26 - 0.25 is 0.010000000000000009 in doubles.
  EXPECT_TRUE(correct(q, "0.26"));
  EXPECT_TRUE(correct(q, "0.24"));
  EXPECT_FALSE(correct(q, "0.2601"));
  EXPECT_FALSE(correct(q, "0.2399"));
  EXPECT_FALSE(correct(q, "25"));

  const Question exact = numeric(120, 0, "rows");
  EXPECT_TRUE(correct(exact, "120"));
  EXPECT_TRUE(correct(exact, "120 rows"));  // The unit shown after the prompt may be typed.
  EXPECT_TRUE(correct(exact, "120rows"));
  EXPECT_FALSE(correct(exact, "121"));
  EXPECT_FALSE(correct(exact, "119.99"));

  EXPECT_TRUE(correct(numeric(-0.5, 0.05), "-0.46"));
  EXPECT_FALSE(correct(numeric(-0.5, 0.05), "0.5"));
  for (const char* bad : {"", "abc", "0.25x", "1,5", "nan", "inf", "1e999", "0.25 %"}) {
    SCOPED_TRACE(bad);
    std::string error;
    EXPECT_FALSE(parse_answer(q, bad, error));
    EXPECT_EQ(error, "type a number, e.g. 0.25");
  }
}

TEST(QuizScoringTest, ScoresAnAttemptAndItsPassMark) {
  const Question s = single(), m = multiple(), n = numeric(3, 0);
  Question s2 = single();
  s2.id = "s2";
  Question m2 = multiple();
  m2.id = "m2";
  Quiz quiz;
  quiz.id = "q";
  quiz.pass_mark = 0.8;
  const std::vector<const Question*> asked = {&s, &m, &n, &s2, &m2};
  std::map<std::string, Answer> answers;
  answers["s"] = *parse(s, "b");
  answers["m"] = *parse(m, "a,c");
  answers["n"] = *parse(n, "3");
  answers["s2"] = *parse(s2, "b");
  answers["m2"] = *parse(m2, "a");        // Part of the set: no point.
  answers["not-asked"] = *parse(s, "a");  // Ignored.

  QuizResult r = score_quiz(quiz, 2, asked, answers);
  EXPECT_EQ(r.quiz_id, "q");
  EXPECT_EQ(r.attempt, 2);
  ASSERT_EQ(r.questions.size(), 5u);
  EXPECT_EQ(r.points(), 4);
  EXPECT_EQ(r.max_points(), 5);
  EXPECT_DOUBLE_EQ(r.score(), 0.8);
  EXPECT_TRUE(r.passed());  // 4/5 at 0.8: exactly on the mark passes.
  EXPECT_FALSE(r.questions[4].correct);
  EXPECT_TRUE(r.questions[4].given.has_value());

  answers.erase("n");  // Unanswered: wrong.
  r = score_quiz(quiz, 2, asked, answers);
  EXPECT_EQ(r.points(), 3);
  EXPECT_FALSE(r.questions[2].given.has_value());
  EXPECT_FALSE(r.questions[2].correct);
  EXPECT_FALSE(r.passed());

  // 0.7 * 10 is 7.000000000000001 in doubles: 7 of 10 must still pass.
  quiz.pass_mark = 0.7;
  std::vector<Question> ten(10, single());
  std::vector<const Question*> asked_ten;
  std::map<std::string, Answer> seven;
  for (int i = 0; i < 10; ++i) {
    ten[std::size_t(i)].id = "q" + std::to_string(i);
    asked_ten.push_back(&ten[std::size_t(i)]);
    if (i < 7) seven[ten[std::size_t(i)].id] = *parse(s, "b");
  }
  r = score_quiz(quiz, 1, asked_ten, seven);
  EXPECT_EQ(r.points(), 7);
  EXPECT_TRUE(r.passed());
  EXPECT_FALSE(score_quiz(quiz, 1, {}, {}).passed());  // Nothing asked passes nothing.
}

}  // namespace
}  // namespace course
