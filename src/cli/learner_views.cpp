#include "learner_views.hpp"

#include <fmt/core.h>

#include "render.hpp"

namespace course::cli {

void print_next_exercise(const Course& course, const Progress& progress, const Exercise& exercise,
                         const Style& style) {
  int done = 0;
  const auto all = course.exercises();
  for (const Exercise* e : all) {
    const ExerciseProgress* p = progress.find(e->id);
    done += p && p->state == ExerciseState::kDone;
  }
  fmt::print("{}\n\n", style.dim("Progress " + progress_bar(done, int(all.size())) + " exercises"));
  print_exercise(course, exercise, Workspace::display(exercise), style);
}

void print_hints(const Exercise& exercise, const HintOutcome& hints, const Style& style) {
  const std::size_t total = exercise.hints.size();
  for (std::size_t i = 0; i < hints.revealed.size(); ++i)
    fmt::print("{} {}\n\n",
               style.bold("Hint " + std::to_string(i + 1) + "/" + std::to_string(total) + ":"),
               hints.revealed[i]);
}

void print_exercise_list(const Course& course, const Progress& progress, const Style& s) {
  for (const auto& m : course.modules) {
    fmt::print("{}{}\n", s.bold("Module " + std::to_string(m.number) + " · " + m.title),
               m.planned ? s.dim("  (coming in a later version)") : "");
    for (const auto& e : m.exercises) {
      const ExerciseProgress* p = progress.find(e.id);
      const ExerciseState state = p ? p->state : ExerciseState::kNotStarted;
      const std::string mark = state == ExerciseState::kDone         ? s.pass_mark()
                               : state == ExerciseState::kInProgress ? s.yellow("~")
                                                                     : " ";
      const std::string current = progress.current_exercise == e.id ? s.bold("  ← current") : "";
      fmt::print("  {} {:<5} {:<40} {:>3}/{:<3}{}\n", mark, e.id, e.display_title(),
                 p ? p->best_score : 0, e.max_points(), current);
    }
  }
  if (course.assessments.empty()) return;
  fmt::print("{}\n", s.bold("Exams and capstone"));
  for (const auto& a : course.assessments) {
    const auto it = progress.exams.find(a.id);
    const bool taken = it != progress.exams.end() && it->second.attempts > 0;
    const std::string mark = taken && it->second.passed() ? s.pass_mark()
                             : taken                      ? s.yellow("~")
                                                          : " ";
    const std::string state = a.planned ? s.dim("(coming in a later version)")
                              : taken   ? "best " + percent(it->second.best_score)
                                        : s.dim("not taken");
    fmt::print("  {} {:<13} {:<52} {}\n", mark, a.id, a.title, state);
  }
  fmt::print("{}\n", s.dim("Read an exam's brief with `course lesson ID`; take it with "
                           "`course check ID`."));
}

}  // namespace course::cli
