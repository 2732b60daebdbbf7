// Taking a quiz, as engine operations: which quiz, which questions this attempt asks, and
// recording the scored attempt in progress.json. Nothing prints; the CLI asks and renders.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/progress.hpp"
#include "course/progress_store.hpp"
#include "course/quiz_scoring.hpp"

namespace course {

// The quiz `id` of the course. Throws Error(kBadInput) for an unknown id, with "did you mean" and
// the known ids (or a note that the course has no quizzes).
const Quiz& find_quiz(const Course& course, const std::string& id);

struct QuizAttempt {
  const Quiz* quiz = nullptr;
  int attempt = 1;                         // Attempts recorded so far + 1.
  std::vector<const Question*> questions;  // draw_questions(quiz, bank, attempt).
};

// The next attempt at `quiz` given the learner's progress: its number and its questions.
QuizAttempt next_attempt(const Course& course, const Progress& progress, const Quiz& quiz);

struct QuizOutcome {
  AssessmentScore score;               // The quiz's record after this attempt.
  bool newly_passed = false;           // This attempt passed it for the first time.
  std::optional<LevelEvent> level_up;  // Set when passing raised the learner's level.
};

// Records a scored attempt under the progress lock: attempts + 1, last score, best score, the
// attempt time, passed_at the first time it passes, and the level it may raise.
QuizOutcome record_quiz(const Course& course, ProgressStore& store, const QuizResult& result);

}  // namespace course
