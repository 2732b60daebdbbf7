// expect: timeout
// Stops itself with SIGSTOP: a stopped process burns no CPU and never exits, so only the
// runner's wall timer ends it, and the group kill must reach a stopped process.
#include <signal.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  ::raise(SIGSTOP);
  return {};
}
