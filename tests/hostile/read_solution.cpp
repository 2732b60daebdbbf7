// expect: failed
// expect-text: solution: No such file or directory
// expect-text-degraded: solution: Permission denied
// xfail-degraded: the degraded sandbox cannot hide a world-readable file
// Reads the reference solution by absolute path at run time. Absent from the bwrap box; readable
// in degraded mode (world-readable file, documented gap).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::ifstream in("@COURSE_HOME@/solutions/01-data-validation/quality_checks.cpp");
  if (!in)
    throw std::runtime_error(std::string("solution"
                                         ": ") +
                             std::strerror(errno));
  std::string head(64, '\0');
  in.read(&head[0], 64);
  throw std::runtime_error(
      "solution"
      ": LEAKED " +
      head);
}
