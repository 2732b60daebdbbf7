#include "context.hpp"

#include <cstdlib>
#include <filesystem>

#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "course/grader/toolchain.hpp"

namespace course::cli {

Format Context::format() const {
  const ReportFormat format = report_format();
  if (format == ReportFormat::kHuman) return Format::kHuman;
  if (format == ReportFormat::kJson) return Format::kJson;
  fail_usage("--format " + options.format +
             ": only `course check` writes this format; use human or json here");
}

ReportFormat Context::report_format() const {
  const auto format = parse_report_format(options.format);
  if (!format) fail_usage("--format " + options.format + ": unknown format");
  return *format;
}

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
