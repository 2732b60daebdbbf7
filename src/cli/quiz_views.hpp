// What `course quiz` shows, as strings (the command prints them), so every way of taking a quiz
// (on a terminal, or from --answers) shows a question's outcome the same way.
#pragma once

#include <string>

#include "course/content.hpp"
#include "course/progress.hpp"
#include "course/quiz_scoring.hpp"
#include "course/quiz_session.hpp"
#include "terminal.hpp"

namespace course::cli {

// "Fixture quiz: module 1", how many questions, the pass mark and the attempt number.
std::string format_quiz_header(const Quiz& quiz, const QuizAttempt& attempt, const Style& style);

// "Question 2/10 (id)", the prompt and the lettered choices.
std::string format_question(const Question& question, int number, int total, const Style& style);

// What to type: "Your answer (one letter, a–c): ", "(letters, e.g. a,c)", "(a number, rows)".
std::string answer_prompt(const Question& question);

// ✓/✗, the right answer when it was wrong (or unanswered), and the explanation.
std::string format_feedback(const QuestionResult& result, const Style& style);

// Score, pass mark, passed or not, best score so far, a level reached, what to do next.
std::string format_quiz_summary(const Quiz& quiz, const QuizResult& result,
                                const QuizOutcome& outcome, const Style& style);

// `course quiz` without an id: every quiz with its questions, pass mark and best score.
std::string format_quiz_list(const Course& course, const Progress& progress, const Style& style);

}  // namespace course::cli
