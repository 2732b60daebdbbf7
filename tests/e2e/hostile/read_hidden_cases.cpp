// expect: failed
// expect-text: hidden cases: No such file or directory
// modes: bwrap
// Reads the exercise's hidden cases by absolute path at run time (hostile.sh replaces
// @COURSE_SOURCE@). In the bwrap sandbox the file does not exist; the degraded sandbox cannot
// hide a world-readable file, so this runs in bwrap mode only.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::ifstream in("@COURSE_SOURCE@/assessments/exercises/1.1/cases.json");
  if (!in) throw std::runtime_error(std::string("hidden cases: ") + std::strerror(errno));
  std::string head(64, '\0');
  in.read(&head[0], 64);
  throw std::runtime_error("hidden cases: LEAKED " + head);
}
