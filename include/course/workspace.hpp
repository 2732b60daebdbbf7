// A learner's workspace: a folder made by `course init`, holding the exercises they edit, the
// public data, editor support and .course/ (progress.json, the build cache).
//
// A workspace never receives solutions/ or anything under assessments/ (hidden cases, expected
// values, holdout labels).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/grader/toolchain.hpp"

namespace course {

struct Workspace {
  std::filesystem::path root;

  std::filesystem::path state_dir() const { return root / ".course"; }
  std::filesystem::path cache_dir() const { return state_dir() / "cache"; }
  std::filesystem::path exercise_file(const Exercise& e) const {
    return root / "exercises" / e.file;
  }
  // How messages name the learner's file: relative to the workspace root.
  static std::string display(const Exercise& e) { return "exercises/" + e.file; }
};

// The nearest directory at or above `start` holding .course/progress.json. Throws InputError
// (exit 2) when there is none, suggesting `course init`.
Workspace find_workspace(const std::filesystem::path& start);

struct InitReport {
  Workspace workspace;
  std::vector<std::string> copied;  // Workspace-relative paths written.
  std::vector<std::string> kept;    // Existing files left untouched (with --force).
};

// Creates a workspace in `dir` from the course: exercises/ (same relative paths), data/ (public
// CSVs and SOURCES.md), compile_commands.json for clangd/IDEs, .gitignore, .course/progress.json.
// Refuses a non-empty `dir` unless `force`; with `force` it never overwrites an existing file.
// Refuses a directory that is already a workspace. Throws InputError for bad targets.
InitReport init_workspace(const Course& course, const Toolchain& toolchain,
                          const std::filesystem::path& dir, bool force);

// Copies the course's starter for `exercise` over the learner's file, keeping the learner's
// version as .course/backups/<file>.<timestamp>; returns the backup path ("" if there was none).
std::string reset_exercise(const Course& course, const Workspace& workspace,
                           const Exercise& exercise);

}  // namespace course
