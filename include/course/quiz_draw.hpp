// Which questions one attempt at a quiz asks.
#pragma once

#include <cstdint>
#include <vector>

#include "course/quiz.hpp"

namespace course {

// The questions of attempt `attempt` (1, 2, …) at `quiz`: quiz.questions of them, spread as evenly
// as the bank allows across quiz.modules (per-module counts differ by at most one, except that a
// module with too few questions gives its shortfall to the others), chosen and ordered by a
// generator seeded from (quiz.id, attempt). The same attempt always draws the same questions in
// the same order, on every platform (own generator and shuffle: std::shuffle's algorithm is
// implementation-defined); a retake draws another set. Never more than the bank holds.
std::vector<const Question*> draw_questions(const Quiz& quiz, const QuizBank& bank, int attempt);

// The seed draw_questions() uses: FNV-1a over the quiz id and the attempt number.
std::uint64_t quiz_seed(const std::string& quiz_id, int attempt);

}  // namespace course
