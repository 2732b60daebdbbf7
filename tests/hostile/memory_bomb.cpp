// expect: memory_limit
// expect-text: out of memory
// Allocates and touches memory until allocation fails at the address-space limit.
#include <cstring>
#include <vector>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::vector<char*> blocks;
  for (;;) {
    char* block = new char[64 << 20];
    std::memset(block, 1, 64 << 20);
    blocks.push_back(block);
  }
}
