// Loading the course from its directory (modules/course.yaml + modules/NN-slug.yaml).
#pragma once

#include <filesystem>

#include "course/content.hpp"

namespace course {

// Loads and validates the whole course under `root`. Throws InputError naming file:line:column
// and the field for: unknown keys, missing fields, wrong value types, duplicate ids, files that do
// not exist (exercise, mirrored solution, harness, cases), unknown checks or check parameters, a
// schema_version newer than this runner, level criteria naming unknown modules/assessments/quizzes,
// and every quiz bank and quiz problem listed in docs/quiz-schema.md (the bank under
// assessments/quizzes/ is loaded into Course::quiz_bank; course.yaml may list no quizzes).
// Course::root is `root` made absolute (a relative one is resolved against the current directory).
Course load_course(const std::filesystem::path& root);

// Loads an assessment file that course.yaml need not list (an exam being written, a test
// fixture), against `course`'s exercises, harnesses and assessments/ (docs/assessment-schema.md).
// Its exercise ids must not clash with the course's module exercises. Throws InputError like
// load_course().
Assessment load_assessment_file(const Course& course, const std::filesystem::path& path);

}  // namespace course
