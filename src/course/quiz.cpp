#include "course/quiz.hpp"

#include <algorithm>
#include <cstdio>

namespace course {

const char* question_type_name(QuestionType type) {
  switch (type) {
    case QuestionType::kSingle:
      return "single";
    case QuestionType::kMultiple:
      return "multiple";
    case QuestionType::kNumeric:
      return "numeric";
  }
  return "single";
}

std::string answer_text(const Question& question) {
  if (question.type == QuestionType::kNumeric) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", question.numeric_answer);
    return buffer;
  }
  std::string out;
  for (int index : question.answer) {
    if (!out.empty()) out += ",";
    out += choice_letter(index);
  }
  return out;
}

const Question* QuizBank::find(const std::string& id) const {
  for (const auto& q : questions)
    if (q.id == id) return &q;
  return nullptr;
}

std::vector<const Question*> QuizBank::of_modules(const std::vector<int>& modules) const {
  std::vector<const Question*> out;
  for (const auto& q : questions)
    if (std::find(modules.begin(), modules.end(), q.module) != modules.end()) out.push_back(&q);
  return out;
}

}  // namespace course
