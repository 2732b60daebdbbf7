// A tiny course for the quiz tests: three planned modules (no exercises to compile), the fixture
// bank of tests/fixtures/quiz as its assessments/quizzes/, the fixture's quizzes in course.yaml,
// and level 1 requiring the quiz fx-module-1. Each test may edit its files to provoke one error.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>

#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "course_test_support.hpp"

namespace course_test {

inline const std::filesystem::path kQuizFixture =
    std::filesystem::path(COURSE_TEST_SOURCE_DIR) / "tests" / "fixtures" / "quiz";
inline const std::string kBank1 = "assessments/quizzes/module-1.yaml";
inline const std::string kBank2 = "assessments/quizzes/module-2.yaml";
inline const std::string kManifest = "modules/course.yaml";

class QuizCourse {
 public:
  QuizCourse() {
    namespace fs = std::filesystem;
    fs::create_directories(root() / "modules");
    fs::create_directories(root() / "assessments" / "quizzes");
    for (const char* file : {"module-1.yaml", "module-2.yaml"})
      fs::copy_file(kQuizFixture / file, root() / "assessments" / "quizzes" / file);
    write_file(root() / kManifest,
               manifest_head() + read_file(kQuizFixture / "quizzes.yaml") + manifest_levels());
  }

  const std::filesystem::path& root() const { return tmp_.path(); }
  course::Course load() const { return course::load_course(root()); }

  // Replaces the first occurrence of `from` in the course file `rel` with `to`.
  void edit(const std::string& rel, const std::string& from, const std::string& to) const {
    EXPECT_TRUE(replace_in_file(root() / rel, from, to)) << "'" << from << "' not found in " << rel;
  }

  // 1-based line of the `nth` (0-based) occurrence of `needle` in the course file `rel`.
  std::size_t line_of(const std::string& rel, const std::string& needle, int nth = 0) const {
    const std::size_t line = line_in_file(root() / rel, needle, nth);
    if (line == 0) ADD_FAILURE() << "'" << needle << "' not found in " << rel;
    return line;
  }

  // Loads the course, expecting an InputError (exit 2).
  std::optional<course::InputError> load_error() const {
    try {
      load();
    } catch (const course::InputError& e) {
      EXPECT_EQ(e.code(), course::ExitCode::kBadInput);
      return e;
    }
    ADD_FAILURE() << "load_course accepted the edited course";
    return std::nullopt;
  }

  static std::string manifest_head() {
    return "schema_version: 1\nid: quiz-fixture\ntitle: Quiz fixture\nversion: \"0.0.1\"\n"
           "modules:\n"
           "  - {number: 1, title: Data validation, planned: true}\n"
           "  - {number: 2, title: EDA, planned: true}\n"
           "  - {number: 3, title: Training, planned: true}\n";
  }
  static std::string manifest_levels() {
    return "levels:\n"
           "  - {number: 0, name: Beginner}\n"
           "  - number: 1\n"
           "    name: Advanced Beginner\n"
           "    requires:\n"
           "      quizzes: [fx-module-1]\n";
  }

 private:
  TempDir tmp_;
};

}  // namespace course_test
