// expect: compile_error
// expect-text: .constexpr. loop iteration count exceeds limit
// modes: bwrap
// A constexpr loop of 2^62 iterations forced at compile time: the compiler's own iteration limit
// (262144) ends it with an error.
#include "quality_checks.hpp"

namespace {
constexpr unsigned long spin() {
  unsigned long n = 0;
  for (unsigned long i = 0; i < (1ul << 62); ++i) n += i;
  return n;
}
constexpr unsigned long kSpun = spin();
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {ex::QualityIssue{kSpun, "", ex::IssueKind::kMissing}};
}
