// expect: compile_error
// Includes /dev/zero, an endless file of NUL bytes: the preprocessor reads until the compile
// limits (memory or time) stop it. A compile error, within the compile limits.
#include "/dev/zero"

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {};
}
