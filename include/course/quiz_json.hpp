// `course quiz --format json` documents (docs/json-output.md), format_version 1 like the others.
#pragma once

#include <string>

#include "course/content.hpp"
#include "course/progress.hpp"
#include "course/quiz_scoring.hpp"
#include "course/quiz_session.hpp"

namespace course {

// One attempt: {"format_version", "quiz", "title", "attempt", "score", "max", "fraction",
// "pass_mark", "passed", "best_score", "newly_passed", "level_up", "questions": [{"id", "module",
// "type", "given", "answer", "correct", "explanation"}]}.
std::string quiz_result_json(const Quiz& quiz, const QuizResult& result,
                             const QuizOutcome& outcome);

// `course quiz` without an id: {"format_version", "quizzes": [{"id", "title", "modules",
// "questions", "pass_mark", "attempts", "best_score", "passed", "last_attempt_at"}]}.
std::string quiz_list_json(const Course& course, const Progress& progress);

}  // namespace course
