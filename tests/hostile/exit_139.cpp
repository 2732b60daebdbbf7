// expect: failed
// expect-text: exit code 139
// Exits with 139, the code a shell shows for a death by SIGSEGV (signal 11). The runner
// classifies from its own evidence: the process exited; it was not killed.
#include <cstdlib>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::exit(139);
}
