#include "course/quiz_json.hpp"

#include <nlohmann/json.hpp>

#include "course/result.hpp"

namespace course {
namespace {

using nlohmann::json;

std::string dump(const json& doc) {
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string quiz_result_json(const Quiz& quiz, const QuizResult& result,
                             const QuizOutcome& outcome) {
  json questions = json::array();
  for (const auto& r : result.questions) {
    const Question& q = *r.question;
    questions.push_back({{"id", q.id},
                         {"module", q.module},
                         {"type", question_type_name(q.type)},
                         {"given", r.given ? json(answer_text(q, *r.given)) : json(nullptr)},
                         {"answer", answer_text(q)},
                         {"correct", r.correct},
                         {"explanation", q.explanation}});
  }
  json level_up = nullptr;
  if (outcome.level_up)
    level_up = {{"level", outcome.level_up->level}, {"name", outcome.level_up->name}};
  return dump({{"format_version", kResultFormatVersion},
               {"quiz", quiz.id},
               {"title", quiz.title},
               {"attempt", result.attempt},
               {"score", result.points()},
               {"max", result.max_points()},
               {"fraction", result.score()},
               {"pass_mark", quiz.pass_mark},
               {"passed", result.passed()},
               {"best_score", outcome.score.best_score},
               {"newly_passed", outcome.newly_passed},
               {"level_up", level_up},
               {"questions", questions}});
}

std::string quiz_list_json(const Course& course, const Progress& progress) {
  json quizzes = json::array();
  for (const auto& quiz : course.quizzes) {
    const auto it = progress.quizzes.find(quiz.id);
    const AssessmentScore score = it == progress.quizzes.end() ? AssessmentScore{} : it->second;
    quizzes.push_back({{"id", quiz.id},
                       {"title", quiz.title},
                       {"modules", quiz.modules},
                       {"questions", quiz.questions},
                       {"pass_mark", quiz.pass_mark},
                       {"attempts", score.attempts},
                       {"best_score", score.best_score},
                       {"passed", score.passed()},
                       {"last_attempt_at", score.last_attempt_at}});
  }
  return dump({{"format_version", kResultFormatVersion}, {"quizzes", quizzes}});
}

}  // namespace course
