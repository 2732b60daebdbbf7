// expect: compile_error
// expect-text: /etc/shadow: No such file or directory
// xfail-degraded: the degraded compiler runs as root and sees every file
// modes: bwrap degraded
// Includes /etc/shadow: the compiler would quote its first line in the error. Not in the
// compile sandbox's /etc.
#include "/etc/shadow"

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {};
}
