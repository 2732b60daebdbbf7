// expect: failed
// expect-text: refused 4 of 4 writes: solution: (No such file|Read-only|Permission denied)
// Tries to rewrite the reference solution, the hidden cases and the course's public header by
// absolute path, and to drop a new file next to the solution. hostile.sh checks the course
// copy and the source checkout are unchanged.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const std::pair<const char*, const char*> targets[] = {
      {"solution", "@COURSE_HOME@/solutions/01-data-validation/quality_checks.cpp"},
      {"cases", "@COURSE_HOME@/assessments/exercises/1.1/cases.json"},
      {"header", "@COURSE_SOURCE@/include/mlcore/table.hpp"},
      {"new file", "@COURSE_HOME@/solutions/01-data-validation/planted.cpp"}};
  std::string report;
  int refused = 0;
  for (const auto& [label, path] : targets) {
    std::FILE* out = std::fopen(path, "a");
    if (!out) {
      report += std::string(label) + ": " + std::strerror(errno) + "; ";
      ++refused;
      continue;
    }
    std::fputs("\n// planted\n", out);
    std::fclose(out);
    report += std::string(label) + ": WRITTEN; ";
  }
  throw std::runtime_error("refused " + std::to_string(refused) + " of 4 writes: " + report);
}
