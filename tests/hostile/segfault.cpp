// expect: crashed
// expect-text: SIGSEGV
#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table& table,
                                                      const ex::DatasetRules&) {
  volatile int* p = nullptr;
  *p = static_cast<int>(table.rows());
  return {};
}
