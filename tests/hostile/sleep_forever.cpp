// expect: timeout
// modes: bwrap degraded
// Sleeps: burns no CPU, so only the runner's wall timer ends it.
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  for (;;) ::pause();
}
