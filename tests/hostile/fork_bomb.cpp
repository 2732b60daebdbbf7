// expect: failed|timeout|crashed
// max-seconds: 20
// Forks until it cannot; every child keeps forking. Capped by the process limit, and every
// process is killed at the end.
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  for (int i = 0; i < 100000; ++i) ::fork();
  return {};
}
