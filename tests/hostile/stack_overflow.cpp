// expect: crashed
// expect-text: SIGSEGV
// Unbounded recursion with a large frame: overflows the stack limit, a SIGSEGV.
#include "quality_checks.hpp"

namespace {
int deeper(int n) {
  volatile char frame[4096];
  frame[n % sizeof frame] = static_cast<char>(n);
  return deeper(n + 1) + frame[0];
}
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {ex::QualityIssue{static_cast<std::size_t>(deeper(0)), "", ex::IssueKind::kMissing}};
}
