// Making g++ output readable for a learner: their own file and line first, template noise out.
#pragma once

#include <string>
#include <vector>

#include "course/result.hpp"

namespace course {

struct TrimmedDiagnostics {
  std::string text;                     // What to show: learner-file errors first, then the rest.
  std::vector<Diagnostic> diagnostics;  // Every "file:line:col: severity: message" line.
};

// `raw` is the compiler's output; occurrences of `staged_path` (where the file was compiled) are
// rewritten to `display_path` (what the learner edits). Keeps at most `max_lines` lines.
TrimmedDiagnostics trim_diagnostics(const std::string& raw, const std::string& staged_path,
                                    const std::string& display_path, std::size_t max_lines = 40);

}  // namespace course
