// expect: failed
// modes: bwrap
// Closes the result channel: the harness can no longer write any record. Missing records fail;
// nothing crashes the runner (no SIGPIPE on the parent's side either).
#include <unistd.h>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  ::close(3);
  return {};
}
