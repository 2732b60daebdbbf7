#include "course/content.hpp"

namespace course {

std::string Exercise::display_title() const {
  return kind == ExerciseKind::kChallenge ? "Challenge: " + title : title;
}

int Exercise::max_points() const {
  int total = 0;
  for (const auto& checkpoint : checkpoints) total += checkpoint.points;
  return total;
}

std::vector<const Exercise*> Course::exercises() const {
  std::vector<const Exercise*> out;
  for (const auto& module : modules)
    for (const auto& exercise : module.exercises) out.push_back(&exercise);
  return out;
}

const Exercise* Course::find_exercise(const std::string& exercise_id) const {
  for (const auto* exercise : exercises())
    if (exercise->id == exercise_id) return exercise;
  return nullptr;
}

const Module* Course::find_module(int number) const {
  for (const auto& module : modules)
    if (module.number == number) return &module;
  return nullptr;
}

const Module* Course::module_of(const std::string& exercise_id) const {
  for (const auto& module : modules)
    for (const auto& exercise : module.exercises)
      if (exercise.id == exercise_id) return &module;
  return nullptr;
}

const Quiz* Course::find_quiz(const std::string& quiz_id) const {
  for (const auto& quiz : quizzes)
    if (quiz.id == quiz_id) return &quiz;
  return nullptr;
}

const Assessment* Course::find_assessment(const std::string& assessment_id) const {
  for (const auto& assessment : assessments)
    if (assessment.id == assessment_id) return &assessment;
  return nullptr;
}

int RubricArea::max_points() const {
  int total = 0;
  for (const auto& criterion : criteria) total += criterion.points;
  return total;
}

const Exercise* Assessment::find_exercise(const std::string& exercise_id) const {
  for (const auto& exercise : exercises)
    if (exercise.id == exercise_id) return &exercise;
  return nullptr;
}

const DocumentRequirement* Assessment::find_document(const std::string& document_id) const {
  for (const auto& document : documents)
    if (document.id == document_id) return &document;
  return nullptr;
}

}  // namespace course
