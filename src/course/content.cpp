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

}  // namespace course
