// expect: compile_error
// expect-text: relocation
// An 8 GiB zero-initialised global array: beyond what the default code model can address, so
// the link fails (relocation overflow), a compile error naming the problem.
#include "quality_checks.hpp"

namespace {
char big[std::size_t{8} << 30];
}

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table& table,
                                                      const ex::DatasetRules&) {
  for (std::size_t i = table.rows(); i < sizeof big; i += 4096) big[i] = 1;
  return {ex::QualityIssue{static_cast<std::size_t>(big[table.rows() * 4096]), "",
                           ex::IssueKind::kMissing}};
}
