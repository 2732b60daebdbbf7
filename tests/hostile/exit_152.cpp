// expect: failed
// expect-text: exit code 152
// Exits with 152, the code a shell shows for a death by SIGXCPU (signal 24, the CPU limit).
// The runner classifies from its own evidence: the process exited, it was not killed, and it
// used no CPU to speak of.
#include <cstdlib>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::exit(152);
}
