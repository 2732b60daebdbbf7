// course quiz [ID]: take a quiz on a terminal or from --answers FILE; no ID lists the quizzes.
#include <fmt/core.h>

#include <cstdio>
#include <iostream>

#include "../command.hpp"
#include "../quiz_views.hpp"
#include "course/error.hpp"
#include "course/learner_session.hpp"
#include "course/quiz_answers_file.hpp"
#include "course/quiz_json.hpp"

namespace course::cli {
namespace {

// Asks every question on the terminal, re-asking until the answer parses, and shows right/wrong
// with the explanation at once. Input that ends early stops the quiz before anything is recorded.
std::map<std::string, Answer> ask(const QuizAttempt& attempt, const Style& style) {
  std::map<std::string, Answer> answers;
  const int total = int(attempt.questions.size());
  for (int i = 0; i < total; ++i) {
    const Question& q = *attempt.questions[std::size_t(i)];
    fmt::print("{}", format_question(q, i + 1, total, style));
    std::optional<Answer> answer;
    while (!answer) {
      fmt::print("{}", answer_prompt(q));
      std::fflush(stdout);
      std::string line, error;
      if (!std::getline(std::cin, line)) {
        fmt::print("\n");
        throw Error(ExitCode::kBadInput,
                    fmt::format("input ended at question {} of {}; this attempt is not recorded",
                                i + 1, total));
      }
      answer = parse_answer(q, line, error);
      if (!answer) fmt::print("  {}\n", style.yellow(error));
    }
    answers[q.id] = *answer;
    QuestionResult shown{&q, answer, is_correct(q, *answer)};
    fmt::print("{}", format_feedback(shown, style));
  }
  return answers;
}

class QuizCommand : public Command {
 public:
  const char* name() const override { return "quiz"; }
  const char* summary() const override {
    return "Take a quiz (no ID: list the quizzes with your best scores)";
  }
  void configure(CLI::App& app) override {
    app.add_option("ID", id_, "Quiz id, e.g. module-1");
    app.add_option("--answers", answers_file_,
                   "YAML or JSON file mapping question id to answer (b, [a, c], 0.25): answers "
                   "without asking, for scripts and CI");
    app.footer("Exit codes: 0 passed, 1 not passed, 2 bad input.");
  }
  int run(Context& ctx) override {
    const Course& course = ctx.course();
    const Format format = ctx.format();
    LearnerSession session(course, ctx.workspace());
    const Progress progress = session.progress();
    if (id_.empty()) {
      if (!answers_file_.empty())
        fail_usage("--answers needs a quiz id: course quiz ID --answers FILE");
      fmt::print("{}", format == Format::kJson ? quiz_list_json(course, progress)
                                               : format_quiz_list(course, progress, ctx.style));
      return 0;
    }
    const Quiz& quiz = find_quiz(course, id_);
    const QuizAttempt attempt = next_attempt(course, progress, quiz);
    const bool human = format == Format::kHuman;

    std::map<std::string, Answer> answers;
    if (!answers_file_.empty()) {
      answers = load_answers_file(answers_file_, answers_file_, course.quiz_bank);
    } else if (!interactive()) {
      fail_usage("`course quiz " + id_ +
                 "` asks its questions on a terminal, and stdin or stdout is not one (or CI is "
                 "set); give --answers FILE (YAML or JSON, question id → answer) instead");
    } else if (!human) {
      fail_usage("--format json needs --answers FILE: questions are asked in human format only");
    } else {
      fmt::print("{}", format_quiz_header(quiz, attempt, ctx.style));
      answers = ask(attempt, ctx.style);
    }

    const QuizResult result = score_quiz(quiz, attempt.attempt, attempt.questions, answers);
    const QuizOutcome outcome = record_quiz(course, session.store(), result);
    if (!human) {
      fmt::print("{}", quiz_result_json(quiz, result, outcome));
    } else {
      if (!answers_file_.empty()) {
        fmt::print("{}", format_quiz_header(quiz, attempt, ctx.style));
        int number = 0;
        for (const auto& r : result.questions) {
          fmt::print("{}", format_question(*r.question, ++number, result.max_points(), ctx.style));
          fmt::print("{}", format_feedback(r, ctx.style));
        }
      }
      fmt::print("{}", format_quiz_summary(quiz, result, outcome, ctx.style));
    }
    return result.passed() ? 0 : 1;
  }

 private:
  std::string id_;
  std::string answers_file_;
};

}  // namespace

std::unique_ptr<Command> make_quiz_command() { return std::make_unique<QuizCommand>(); }

}  // namespace course::cli
