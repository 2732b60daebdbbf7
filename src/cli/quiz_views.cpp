#include "quiz_views.hpp"

#include <fmt/core.h>

#include <cmath>

#include "render.hpp"

namespace course::cli {
namespace {

std::string trimmed(const std::string& text) {
  const auto end = text.find_last_not_of(" \t\r\n");
  return end == std::string::npos ? "" : text.substr(0, end + 1);
}

std::string plural(int n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

std::string format_quiz_header(const Quiz& quiz, const QuizAttempt& attempt, const Style& style) {
  return fmt::format("{}\n{}, pass mark {}. Attempt {}.\n", style.bold(quiz.title),
                     plural(int(attempt.questions.size()), "question"), percent(quiz.pass_mark),
                     attempt.attempt);
}

std::string format_question(const Question& q, int number, int total, const Style& style) {
  std::string out =
      fmt::format("\n{} {}\n", style.bold(fmt::format("Question {}/{}", number, total)),
                  style.dim("(" + q.id + ")"));
  out += trimmed(q.prompt) + "\n";
  for (std::size_t i = 0; i < q.choices.size(); ++i)
    out += fmt::format("  {}) {}\n", choice_letter(int(i)), q.choices[i]);
  return out;
}

std::string answer_prompt(const Question& q) {
  const std::string last(1, choice_letter(int(q.choices.size()) - 1));
  switch (q.type) {
    case QuestionType::kSingle:
      return "Your answer (one letter, a–" + last + "): ";
    case QuestionType::kMultiple:
      return "Your answer (every right letter, e.g. a,c): ";
    case QuestionType::kNumeric:
      return "Your answer (a number" + (q.unit.empty() ? "" : ", " + q.unit) + "): ";
  }
  return "Your answer: ";
}

std::string format_feedback(const QuestionResult& r, const Style& style) {
  const Question& q = *r.question;
  std::string verdict;
  if (r.correct)
    verdict = style.pass_mark() + " " + style.green("Right.");
  else if (!r.given)
    verdict = style.fail_mark() + " " + style.red("Unanswered.") + " The answer is " +
              answer_text(q) + ".";
  else
    verdict = style.fail_mark() + " " + style.red("Not quite") + ": you answered " +
              answer_text(q, *r.given) + "; the answer is " + answer_text(q) + ".";
  return verdict + "\n" + indent(trimmed(q.explanation), "  ");
}

std::string format_quiz_summary(const Quiz& quiz, const QuizResult& result,
                                const QuizOutcome& outcome, const Style& style) {
  const bool passed = result.passed();
  std::string out =
      fmt::format("\nScore: {}/{} ({}), pass mark {}: {}\n", result.points(), result.max_points(),
                  percent(result.score()), percent(quiz.pass_mark),
                  passed ? style.green("passed") : style.red("not passed"));
  if (outcome.score.attempts > 1)
    out += fmt::format("Best so far: {} over {}.\n", percent(outcome.score.best_score),
                       plural(outcome.score.attempts, "attempt"));
  if (outcome.level_up)
    out += style.bold("Level up: you are now " + outcome.level_up->name + ".") + "\n";
  if (!passed)
    out += fmt::format(
        "Read the explanations, then `course quiz {}` again: a retake draws other questions.\n",
        quiz.id);
  return out;
}

std::string format_quiz_list(const Course& course, const Progress& progress, const Style& s) {
  if (course.quizzes.empty()) return "This course has no quizzes yet.\n";
  std::string out = s.bold("Quizzes") + s.dim("  (`course quiz ID` starts one)") + "\n";
  for (const auto& quiz : course.quizzes) {
    const auto it = progress.quizzes.find(quiz.id);
    std::string best = s.dim("not taken");
    std::string mark = " ";
    if (it != progress.quizzes.end() && it->second.attempts > 0) {
      best =
          "best " + percent(it->second.best_score) + ", " + plural(it->second.attempts, "attempt");
      mark = it->second.passed() ? s.pass_mark() : s.yellow("~");
    }
    out += fmt::format("  {} {:<20} {:<44} {:>3} questions, pass {:>4}  {}\n", mark, quiz.id,
                       quiz.title, quiz.questions, percent(quiz.pass_mark), best);
  }
  return out;
}

}  // namespace course::cli
