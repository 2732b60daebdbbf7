// expect: crashed
// expect-text: SIGSEGV
// A 1.5 GiB zero-initialised global array links fine but cannot be mapped under the 1 GiB
// address-space limit: the kernel kills the program while loading it (SIGSEGV). A crash, the
// learner's fault, not an infrastructure error.
#include "quality_checks.hpp"

namespace {
char big[std::size_t{3} << 29];
}

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table& table,
                                                      const ex::DatasetRules&) {
  for (std::size_t i = table.rows(); i < sizeof big; i += 4096) big[i] = 1;
  return {ex::QualityIssue{static_cast<std::size_t>(big[table.rows() * 4096]), "",
                           ex::IssueKind::kMissing}};
}
