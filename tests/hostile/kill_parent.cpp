// expect: failed|crashed
// modes: bwrap degraded
// Tries to kill the runner and everything else it can signal.
#include <signal.h>
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  ::kill(::getppid(), SIGKILL);
  ::kill(-1, SIGKILL);
  return {};
}
