// expect: failed
// expect-text: exit code 137
// Exits with 137, the code a shell shows for a SIGKILL (OOM kill). The runner classifies from
// its own evidence: the process exited; it was not killed.
#include <cstdlib>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::exit(137);
}
