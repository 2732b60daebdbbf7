#include "course/quiz_session.hpp"

#include <algorithm>

#include "course/error.hpp"
#include "course/levels.hpp"
#include "course/quiz_draw.hpp"
#include "course/suggest.hpp"

namespace course {

const Quiz& find_quiz(const Course& course, const std::string& id) {
  if (const Quiz* quiz = course.find_quiz(id)) return *quiz;
  if (course.quizzes.empty()) fail_usage("unknown quiz '" + id + "': this course has no quizzes");
  std::vector<std::string> ids;
  for (const auto& q : course.quizzes) ids.push_back(q.id);
  const std::string guess = closest_match(id, ids);
  std::string known;
  for (const auto& q : ids) known += (known.empty() ? "" : ", ") + q;
  fail_usage("unknown quiz '" + id + "'" +
             (guess.empty() ? "" : "; did you mean '" + guess + "'?") + " (quizzes: " + known +
             ")");
}

QuizAttempt next_attempt(const Course& course, const Progress& progress, const Quiz& quiz) {
  QuizAttempt attempt;
  attempt.quiz = &quiz;
  const auto it = progress.quizzes.find(quiz.id);
  attempt.attempt = (it == progress.quizzes.end() ? 0 : std::max(it->second.attempts, 0)) + 1;
  attempt.questions = draw_questions(quiz, course.quiz_bank, attempt.attempt);
  return attempt;
}

QuizOutcome record_quiz(const Course& course, ProgressStore& store, const QuizResult& result) {
  QuizOutcome outcome;
  store.update([&](Progress& p) {
    const std::string now = now_iso8601();
    AssessmentScore& s = p.quizzes[result.quiz_id];
    ++s.attempts;
    s.last_score = result.score();
    s.best_score = std::max(s.best_score, result.score());
    s.last_attempt_at = now;
    if (result.passed() && !s.passed()) {
      s.passed_at = now;
      outcome.newly_passed = true;
    }
    outcome.level_up = raise_level(course, p, now);
    outcome.score = s;
  });
  return outcome;
}

}  // namespace course
