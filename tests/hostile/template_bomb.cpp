// expect: compile_error
// expect-text: template instantiation depth exceeds maximum
// modes: bwrap
// Recursive template instantiation with no base case: the compiler's depth limit (900) stops it
// with an error, long before the compile limits.
#include "quality_checks.hpp"

namespace {
template <unsigned long N>
struct Forever {
  static constexpr unsigned long value = Forever<N + 1>::value + 1;
};
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  return {ex::QualityIssue{Forever<0>::value, "", ex::IssueKind::kMissing}};
}
