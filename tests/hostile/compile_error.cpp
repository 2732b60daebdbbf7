// expect: compile_error
// expect-text: "compiler_output": "exercises/01-data-validation/quality_checks.cpp:1[56]:
// modes: bwrap
// The compiler error must point at this file and the line of the missing semicolon, first.
// The syntax error is the point of this file: keep clang-format away.
// clang-format off
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
