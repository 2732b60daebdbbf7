// The course as plain values: what modules/course.yaml, modules/NN-slug.yaml and the quiz bank
// (assessments/quizzes/, see quiz.hpp) describe.
//
// Loaded and validated by load_course() (content_loader.hpp); everything here is already checked:
// ids are unique, referenced files exist, check names are known. Paths are relative to the
// course directory's conventional roots (exercises/, solutions/, harnesses/, assessments/).
// The schema is documented in docs/content-schema.md.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "course/assessment.hpp"
#include "course/quiz.hpp"

namespace course {

// A parameter of a named check, kept as YAML gave it (numbers as text) and interpreted by the
// check, which validates its own parameters when the course is loaded.
struct CheckParams {
  std::map<std::string, std::string> scalars;             // e.g. tolerance: "1e-9"
  std::map<std::string, std::vector<std::string>> lists;  // e.g. key: [row, column, kind]
};

struct Checkpoint {
  std::string id;                  // Unique within the exercise, e.g. "missing-values".
  std::string title;               // What is being proven, shown to the learner.
  int points = 1;                  // Awarded only when the checkpoint passes.
  bool hidden = false;             // Hidden: learners see title, status and points only.
  std::vector<std::string> cases;  // Case ids from the exercise's case file.
  std::string check;               // Named check, e.g. "set_equal" (see checks.hpp).
  CheckParams params;              // The check's parameters.
};

// An exercise teaches one idea; a module's challenge (id "N.C", listed last) applies the whole
// module to a larger task. Both are graded the same way; only how they are presented differs.
enum class ExerciseKind { kExercise, kChallenge };

struct Exercise {
  std::string id;  // Syllabus id, e.g. "1.1".
  ExerciseKind kind = ExerciseKind::kExercise;
  std::string title;
  std::string file;          // Learner's file, relative to exercises/ (mirrored in solutions/).
  std::string header;        // Learner-facing API header, relative to exercises/ ("" if none).
  std::string harness;       // Trusted harness source, relative to harnesses/.
  std::string cases;         // Case file, relative to assessments/.
  std::string instructions;  // Markdown: what to do, why it matters, the pitfall.
  std::vector<std::string> hints;  // Tiered: nudge → concept → near-solution.
  std::vector<Checkpoint> checkpoints;
  double cpu_seconds = 5.0;  // Run limits for this exercise's program.
  double wall_seconds = 10.0;
  int max_points() const;
  // The title as learners see it in lists and headings: a challenge says so.
  std::string display_title() const;
};

struct Module {
  int number = 0;    // 1..5, the syllabus order.
  std::string slug;  // e.g. "data-validation"
  std::string title;
  bool planned = false;  // Listed in the manifest but not yet written: never complete.
  std::string file;      // YAML file relative to modules/ ("" when planned).
  std::string duration;  // e.g. "1 week"
  std::vector<std::string> objectives;
  std::string lesson;                  // Markdown.
  std::vector<std::string> questions;  // Socratic questions.
  std::vector<std::string> mastery;    // "You've mastered this when…"
  // Prompts offered for the journal when the learner completes the module (may be empty).
  std::vector<std::string> reflection;
  std::vector<Exercise> exercises;
};

struct LevelCriteria {
  std::vector<int> modules;              // Module numbers that must be complete.
  std::vector<std::string> assessments;  // Assessments that must be passed.
  bool awarded_by_instructor = false;    // Never reached by the runner (Expert).
  std::vector<std::string> quizzes;      // Quizzes (course.yaml `quizzes:`) that must be passed.
};

struct Level {
  int number = 0;  // 0..4
  std::string name;
  std::string description;
  LevelCriteria criteria;
};

struct Course {
  std::filesystem::path root;  // The course directory (holds modules/, exercises/, …).
  std::string id;
  std::string title;
  std::string version;
  std::vector<Module> modules;  // In syllabus order.
  std::vector<Assessment> assessments;
  std::vector<Level> levels;  // Ordered by number, starting at 0.
  std::vector<Quiz> quizzes;  // In manifest order; empty when course.yaml lists none.
  QuizBank quiz_bank;         // Every question under assessments/quizzes/.

  // Exercises in course order, across modules (planned modules contribute none).
  std::vector<const Exercise*> exercises() const;
  const Exercise* find_exercise(const std::string& id) const;
  const Module* find_module(int number) const;
  const Module* module_of(const std::string& exercise_id) const;
  const Quiz* find_quiz(const std::string& id) const;
  const Assessment* find_assessment(const std::string& id) const;

  std::filesystem::path exercise_path(const Exercise& e) const {
    return root / "exercises" / e.file;
  }
  std::filesystem::path solution_path(const Exercise& e) const {
    return root / "solutions" / e.file;
  }
  std::filesystem::path harness_path(const Exercise& e) const {
    return root / "harnesses" / e.harness;
  }
  std::filesystem::path cases_path(const Exercise& e) const {
    return root / "assessments" / e.cases;
  }
};

}  // namespace course
