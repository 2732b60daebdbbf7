// Quizzes as plain values: the question bank (assessments/quizzes/module-N.yaml) and the quizzes
// that draw from it (the `quizzes:` list of modules/course.yaml). Schema: docs/quiz-schema.md.
//
// Loaded and validated with the rest of the course by load_course() (content_loader.hpp): ids are
// unique across the bank, answers name existing choices, every quiz names existing modules and
// asks for no more questions than the bank holds for them.
#pragma once

#include <string>
#include <vector>

namespace course {

enum class QuestionType { kSingle, kMultiple, kNumeric };
const char* question_type_name(QuestionType type);  // "single", "multiple", "numeric"

struct Question {
  std::string id;  // Unique across the whole bank; [a-z0-9-]+.
  int module = 0;  // The module whose bank file holds it.
  QuestionType type = QuestionType::kSingle;
  std::string prompt;
  std::vector<std::string> choices;  // single/multiple: 2–6, lettered a, b, c… in order.
  std::vector<int> answer;           // single/multiple: 0-based choice indices, ascending.
  double numeric_answer = 0;         // numeric only.
  double tolerance = 0;              // numeric only: absolute tolerance.
  std::string unit;                  // numeric only: shown after the input prompt ("" if none).
  std::string explanation;           // Shown after answering, right or wrong.
  bool socratic = false;             // Adapts one of the module's Socratic questions.
  std::string source;                // "assessments/quizzes/module-1.yaml:12" for messages.
};

// Choice index 0 → 'a', 1 → 'b', …
inline char choice_letter(int index) { return char('a' + index); }

// The correct answer as a learner would type it: "b", "a,c" or "0.25".
std::string answer_text(const Question& question);

struct QuizBank {
  std::vector<Question> questions;  // By module file (ascending), then file order.

  const Question* find(const std::string& id) const;  // nullptr when unknown.
  // The questions of `modules`, in bank order.
  std::vector<const Question*> of_modules(const std::vector<int>& modules) const;
};

struct Quiz {
  std::string id;  // [a-z0-9-]+, unique among quizzes; what `course quiz ID` takes.
  std::string title;
  std::vector<int> modules;  // Drawn from the bank questions of these modules.
  int questions = 0;         // How many are drawn per attempt (≤ the bank's count for modules).
  double pass_mark = 0.8;    // Fraction of points, in (0, 1].
};

}  // namespace course
