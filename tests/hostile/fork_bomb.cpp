// expect: failed|timeout|crashed
// modes: bwrap degraded
// max-run-seconds: 12
// Forks until it cannot; every child keeps forking. Capped by the process limit, and every
// process is killed at the end. Every process's failed forks cost CPU, so both runs (visible and
// hidden) may take most of their 5 s: the bound on the time in the box is 2 x 5 s plus the kill.
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  for (int i = 0; i < 100000; ++i) ::fork();
  return {};
}
