#include "context.hpp"

#include <cstdlib>
#include <filesystem>

#include "course/content_loader.hpp"
#include "course/grader/toolchain.hpp"

namespace course::cli {

std::string Context::course_dir() const {
  if (!options.course.empty()) return options.course;
  if (const char* home = std::getenv("COURSE_HOME"); home && *home) return home;
  return Toolchain::built_course_dir();
}

const Course& Context::course() {
  if (!course_) course_ = load_course(course_dir());
  return *course_;
}

Workspace Context::workspace() const {
  return find_workspace(options.workspace.empty() ? std::filesystem::current_path()
                                                  : std::filesystem::path(options.workspace));
}

}  // namespace course::cli
