// expect: timeout
// expect-text: ran out of time
// modes: bwrap degraded
// An infinite loop burning CPU: ends at the CPU limit (SIGXCPU), not at the wall limit.
#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  volatile unsigned long n = 0;
  for (;;) n = n + 1;
}
