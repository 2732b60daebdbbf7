// `course validate`: proves the course content is product-quality. Loading already checks the
// schema and references (content_loader.hpp); this adds what only running can show: every
// starter compiles and fails at least one checkpoint, every reference solution passes all. That
// holds for the modules' exercises and for the exercises of written assessments (checkpoint
// exams, capstone) alike: a learner meets both the same way.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/grader/grader.hpp"

namespace course {

struct ExerciseValidation {
  std::string exercise_id;
  ExerciseResult starter;             // Graded starter: must compile and fail ≥ 1 checkpoint.
  ExerciseResult solution;            // Graded solution: must pass every checkpoint.
  std::vector<std::string> problems;  // Empty when the exercise is valid.
};

struct CourseValidation {
  std::vector<ExerciseValidation> exercises;  // In course order, whatever `jobs` is.
  bool ok() const;
};

// Every exercise a learner can be graded on, in course order: the modules' exercises, then each
// written assessment's (planned assessments have none).
std::vector<const Exercise*> validated_exercises(const Course& course);

// Grades one exercise file; made once per worker, as a Grader runs one grade at a time (the
// function owns its Grader and the sandbox runner behind it).
using ExerciseGrader = std::function<ExerciseResult(const GradeRequest&)>;
using ExerciseGraderFactory = std::function<ExerciseGrader()>;

struct ValidationOptions {
  std::vector<std::string> only;  // Exercise ids (module or assessment); empty: all of them.
  int jobs = 1;                   // Exercises validated at once (1..64).
  // The build cache to use and keep (content-hashed: re-validating after an edit rebuilds only
  // what changed); empty: one under the scratch folder, gone with it.
  std::filesystem::path cache;
  // Told "1.1 starter", "1.1 solution", … as work starts (from any worker, one call at a time),
  // then "done".
  std::function<void(const std::string&, int, int)> progress;
};

// Grades each exercise's starter and solution from the course directory, copied under
// `cache_dir`, with one build cache (options.cache, or one under `cache_dir`) shared by all workers
// (content-hashed builds; the precompiled header is built once). An unknown id in `only` is a usage
// error.
CourseValidation validate_course(const Course& course, const ExerciseGraderFactory& make_grader,
                                 const std::filesystem::path& cache_dir,
                                 const ValidationOptions& options);

}  // namespace course
