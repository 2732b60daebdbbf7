// Reading a learner's answer and scoring an attempt (docs/quiz-schema.md, "Scoring"): one point
// per question; `multiple` scores only for exactly the right set of letters; `numeric` when
// |given − answer| ≤ tolerance (plus 1e-9 × max(1, |answer|) so decimal rounding cannot turn a
// boundary answer wrong). An unanswered question scores nothing.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "course/quiz.hpp"

namespace course {

// A learner's answer to one question.
struct Answer {
  std::vector<int> choices;  // single/multiple: 0-based choice indices, ascending, no repeats.
  double number = 0;         // numeric.
};

// Parses what a learner typed for `question`: one letter for single ("b"); letters for multiple,
// in any order, separated by commas or spaces or not at all ("a,c", "c a", "ac"); a number for
// numeric ("0.25", "-3", "1e-3"; the question's unit may follow it). Letters are case-insensitive.
// Returns nullopt for anything else, with `error` saying what to type instead.
std::optional<Answer> parse_answer(const Question& question, const std::string& text,
                                   std::string& error);

// An answer as a learner would type it ("b", "a,c", "0.25").
std::string answer_text(const Question& question, const Answer& answer);

bool is_correct(const Question& question, const Answer& answer);

struct QuestionResult {
  const Question* question = nullptr;
  std::optional<Answer> given;  // nullopt: unanswered (counts as wrong).
  bool correct = false;
};

struct QuizResult {
  std::string quiz_id;
  int attempt = 0;
  double pass_mark = 0;
  std::vector<QuestionResult> questions;  // In the order they were asked.

  int points() const;      // One per correct answer.
  int max_points() const;  // One per question asked.
  double score() const;    // points / max_points (0 when nothing was asked).
  bool passed() const;     // score() ≥ pass_mark (with a little slack for rounding).
};

// Scores the `asked` questions of attempt `attempt` at `quiz` against `answers` (by question id;
// a question without an answer there is unanswered).
QuizResult score_quiz(const Quiz& quiz, int attempt, const std::vector<const Question*>& asked,
                      const std::map<std::string, Answer>& answers);

}  // namespace course
