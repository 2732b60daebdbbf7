// expect: crashed
// expect-text: SIGFPE
// modes: bwrap
// Integer division by zero traps on x86 (SIGFPE); the divisor is hidden from the optimiser.
#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table& table,
                                                      const ex::DatasetRules&) {
  volatile int zero = 0;
  const int rows = static_cast<int>(table.rows()) / zero;
  return {ex::QualityIssue{static_cast<std::size_t>(rows), "", ex::IssueKind::kMissing}};
}
