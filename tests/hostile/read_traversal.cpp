// expect: failed
// expect-text: traversal: No such file or directory
// expect-text-degraded: traversal: Permission denied
// xfail-degraded: the degraded sandbox cannot hide a world-readable file
// Climbs out of its working directory with ../ to the root and down to the hidden cases. In bwrap
// the root is the box's own; degraded mode resolves it on the machine (documented gap).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::ifstream in("../../../../../../../../../../.."
                   "@COURSE_HOME@/assessments/exercises/1.1/cases.json");
  if (!in) throw std::runtime_error(std::string("traversal" ": ") + std::strerror(errno));
  std::string head(64, '\0');
  in.read(&head[0], 64);
  throw std::runtime_error("traversal" ": LEAKED " + head);
}
