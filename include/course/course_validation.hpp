// `course validate`: proves the course content is product-quality. Loading already checks the
// schema and references (content_loader.hpp); this adds what only running can show: every
// starter compiles and fails at least one checkpoint, every reference solution passes all.
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
  std::vector<ExerciseValidation> exercises;
  bool ok() const;
};

// Grades each exercise's starter and solution from the course directory, in a scratch cache
// under `cache_dir`. `only` (ids) restricts it to some exercises; an unknown id is a usage error.
// `progress` (optional) is told "1.1 starter", "1.1 solution", … as work starts, for a progress
// bar.
CourseValidation validate_course(
    const Course& course, Grader& grader, const std::filesystem::path& cache_dir,
    const std::function<void(const std::string&, int, int)>& progress = {},
    const std::vector<std::string>& only = {});

}  // namespace course
