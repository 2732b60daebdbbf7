// expect: crashed
// expect-text: uncaught exception .*logic_error: +thrown through noexcept
// modes: bwrap
// An exception thrown through a noexcept function: std::terminate, which the harness cannot
// catch; the report names the exception from the runtime's message.
#include <stdexcept>

#include "quality_checks.hpp"

namespace {
void must_not_throw() noexcept { throw std::logic_error("thrown through noexcept"); }
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  must_not_throw();
  return {};
}
