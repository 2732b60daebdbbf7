// expect: compile_error
// The compiler error must point at this file and line (11), first.
#include <vector>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table& table,
                                                      const ex::DatasetRules& rules) {
  std::vector<ex::QualityIssue> issues;
  for (const auto& name : rules.required) {
    auto column = table.column(name)
    (void)column;
  }
  return issues;
}
