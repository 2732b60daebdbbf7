// expect: failed
// expect-text: hidden cases: No such file or directory
// expect-text-degraded: hidden cases: Permission denied
// xfail-degraded: the degraded sandbox cannot hide a world-readable file
// modes: bwrap degraded
// Reads the exercise's hidden cases (expected answers) by absolute path at run time. The bwrap
// box does not contain the course. The degraded sandbox cannot hide a world-readable file: the
// read succeeds there (a documented gap; the expected answers are still judged in the parent).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::ifstream in("@COURSE_HOME@/assessments/exercises/1.1/cases.json");
  if (!in)
    throw std::runtime_error(std::string("hidden cases"
                                         ": ") +
                             std::strerror(errno));
  std::string head(64, '\0');
  in.read(&head[0], 64);
  throw std::runtime_error(
      "hidden cases"
      ": LEAKED " +
      head);
}
