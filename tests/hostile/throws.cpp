// expect: failed
// expect-text: threw std::out_of_range: column index 99
// modes: bwrap
// An exception from the learner's function is caught by the harness and reported per case.
#include <stdexcept>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  throw std::out_of_range("column index 99");
}
