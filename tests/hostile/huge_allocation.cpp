// expect: memory_limit
// modes: bwrap
// One allocation of 64 GiB: fails at once against the address-space limit (std::bad_alloc,
// caught by the harness and reported as running out of memory).
#include <memory>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  volatile std::size_t size = std::size_t{64} << 30;
  std::unique_ptr<char[]> block(new char[size]);
  block[size - 1] = 1;
  return {};
}
