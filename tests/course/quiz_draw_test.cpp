// Tests of src/course/quiz_draw.cpp with a hand-built bank: the draw is as even as possible
// across modules, reproducible for an attempt, different between attempts, never repeats a
// question and never asks for more than the bank holds.
#include "course/quiz_draw.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace course {
namespace {

// `counts[m]` questions for module m, ids "m<m>-<i>".
QuizBank bank_of(const std::map<int, int>& counts) {
  QuizBank bank;
  for (const auto& [module, n] : counts)
    for (int i = 0; i < n; ++i) {
      Question q;
      q.id = "m" + std::to_string(module) + "-" + std::to_string(i);
      q.module = module;
      q.choices = {"yes", "no"};
      q.answer = {0};
      bank.questions.push_back(q);
    }
  return bank;
}

Quiz quiz_of(const std::string& id, std::vector<int> modules, int questions) {
  Quiz quiz;
  quiz.id = id;
  quiz.title = id;
  quiz.modules = std::move(modules);
  quiz.questions = questions;
  return quiz;
}

std::vector<std::string> ids(const std::vector<const Question*>& drawn) {
  std::vector<std::string> out;
  for (const Question* q : drawn) out.push_back(q->id);
  return out;
}

std::map<int, int> per_module(const std::vector<const Question*>& drawn) {
  std::map<int, int> out;
  for (const Question* q : drawn) ++out[q->module];
  return out;
}

TEST(QuizDrawTest, SpreadsEvenlyAcrossModules) {
  const QuizBank bank = bank_of({{1, 20}, {2, 20}, {3, 20}});
  for (int attempt = 1; attempt <= 30; ++attempt) {
    SCOPED_TRACE("attempt " + std::to_string(attempt));
    const auto even = per_module(draw_questions(quiz_of("q", {1, 2}, 20), bank, attempt));
    EXPECT_EQ(even, (std::map<int, int>{{1, 10}, {2, 10}}));
    // 25 over three modules: 9, 8, 8 in some order.
    const auto drawn = draw_questions(quiz_of("q", {1, 2, 3}, 25), bank, attempt);
    ASSERT_EQ(drawn.size(), 25u);
    const auto counts = per_module(drawn);
    ASSERT_EQ(counts.size(), 3u);
    int low = 100, high = 0;
    for (const auto& [module, n] : counts) low = std::min(low, n), high = std::max(high, n);
    EXPECT_EQ(low, 8);
    EXPECT_EQ(high, 9);
  }
}

TEST(QuizDrawTest, WhichModuleGetsTheRemainderVaries) {
  // 5 over two modules: 3+2 or 2+3; over 20 attempts both must occur (each is 50%).
  const QuizBank bank = bank_of({{1, 10}, {2, 10}});
  std::set<int> module_1_counts;
  for (int attempt = 1; attempt <= 20; ++attempt)
    module_1_counts.insert(per_module(draw_questions(quiz_of("q", {1, 2}, 5), bank, attempt))[1]);
  EXPECT_EQ(module_1_counts, (std::set<int>{2, 3}));
}

TEST(QuizDrawTest, ShortModuleGivesItsShortfallToTheOthers) {
  // Module 1 has only 2 questions; 10 over modules 1 and 2 → 2 + 8 (the loader guarantees that
  // the total is there).
  const QuizBank bank = bank_of({{1, 2}, {2, 12}});
  const auto drawn = draw_questions(quiz_of("q", {1, 2}, 10), bank, 1);
  EXPECT_EQ(per_module(drawn), (std::map<int, int>{{1, 2}, {2, 8}}));
  // And everything when the quiz asks for the whole bank.
  EXPECT_EQ(draw_questions(quiz_of("q", {1, 2}, 14), bank, 3).size(), 14u);
}

TEST(QuizDrawTest, NeverRepeatsAndNeverLeavesTheQuizModules) {
  const QuizBank bank = bank_of({{1, 7}, {2, 5}, {3, 9}});
  for (int attempt = 1; attempt <= 50; ++attempt) {
    const auto drawn = draw_questions(quiz_of("q", {1, 3}, 12), bank, attempt);
    const auto list = ids(drawn);
    EXPECT_EQ(std::set<std::string>(list.begin(), list.end()).size(), 12u);
    for (const Question* q : drawn) EXPECT_NE(q->module, 2);
  }
}

TEST(QuizDrawTest, SameAttemptDrawsTheSameQuestionsInTheSameOrder) {
  const QuizBank bank = bank_of({{1, 30}, {2, 30}});
  const Quiz quiz = quiz_of("checkpoint-1-quiz", {1, 2}, 20);
  EXPECT_EQ(ids(draw_questions(quiz, bank, 4)), ids(draw_questions(quiz, bank, 4)));
  // A copy of the bank (other addresses) draws the same ids: the seed is the quiz id + attempt.
  const QuizBank copy = bank;
  EXPECT_EQ(ids(draw_questions(quiz, bank, 4)), ids(draw_questions(quiz, copy, 4)));
}

TEST(QuizDrawTest, RetakesAndOtherQuizzesDrawOtherSets) {
  const QuizBank bank = bank_of({{1, 30}, {2, 30}});
  const Quiz quiz = quiz_of("checkpoint-1-quiz", {1, 2}, 20);
  std::set<std::set<std::string>> sets;
  for (int attempt = 1; attempt <= 10; ++attempt) {
    const auto list = ids(draw_questions(quiz, bank, attempt));
    sets.insert(std::set<std::string>(list.begin(), list.end()));
  }
  EXPECT_EQ(sets.size(), 10u) << "ten attempts should draw ten different sets of 20 out of 60";
  const auto a = ids(draw_questions(quiz, bank, 1));
  const auto b = ids(draw_questions(quiz_of("module-1", {1, 2}, 20), bank, 1));
  EXPECT_NE(a, b);
  // Even a quiz that asks for the whole bank changes the order between attempts.
  const Quiz all = quiz_of("all", {1}, 30);
  EXPECT_NE(ids(draw_questions(all, bank, 1)), ids(draw_questions(all, bank, 2)));
}

TEST(QuizDrawTest, SeedIsPinned) {
  // Pinned so a change of seed (which would change every learner's retake) is deliberate.
  // FNV-1a 64 of "q\0" "1", computed by hand in Python:
  //   h = 0xcbf29ce484222325
  //   for c in b"q\x001": h = ((h ^ c) * 0x100000001b3) % 2**64
  EXPECT_EQ(quiz_seed("q", 1), 0x706a781952a6a13full);
  EXPECT_NE(quiz_seed("q", 1), quiz_seed("q", 2));
}

}  // namespace
}  // namespace course
