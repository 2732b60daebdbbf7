// expect: crashed
// expect-text: runtime_error: +config file not found
// modes: bwrap
// An exception escaping a static initializer calls std::terminate before main().
#include <stdexcept>

#include "quality_checks.hpp"

namespace {
int boom() { throw std::runtime_error("config file not found"); }
int value = boom();
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  (void)value;
  return {};
}
