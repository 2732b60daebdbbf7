// expect: crashed|failed
// Sends SIGKILL to its own process group (kill(0, ...)): only the box dies, never the runner.
#include <signal.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  ::kill(0, SIGKILL);
  return {};
}
