// What every command gets: the global options and lazy access to the course and workspace.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "course/content.hpp"
#include "course/report/formats.hpp"
#include "course/workspace.hpp"
#include "terminal.hpp"

namespace course::cli {

enum class Format { kHuman, kJson };

struct GlobalOptions {
  std::string workspace;         // --workspace DIR ("" = nearest parent holding .course/).
  std::string course;            // --course DIR ("" = $COURSE_HOME or the built-in content).
  std::string format = "human";  // One of report_format_names(); checked by the parser.
  bool no_color = false;
  bool verbose = false;
  bool quiet = false;
};

class Context {
 public:
  GlobalOptions options;
  Style style;

  // --format for commands that speak human or json. Throws InputError (exit 2) for the report
  // formats only `course check` writes (junit, gradescope, exercism, github).
  Format format() const;
  // --format for `course check`: any of report_format_names().
  ReportFormat report_format() const;
  // The course content directory: --course, then $COURSE_HOME, then the built-in one.
  std::string course_dir() const;
  // Loads (once) and returns the course. Throws InputError for invalid content.
  const Course& course();
  // Finds the workspace from --workspace or the current directory. Throws InputError.
  Workspace workspace() const;

 private:
  std::optional<Course> course_;
};

}  // namespace course::cli
