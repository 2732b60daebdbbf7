// expect: compile_error
// expect-text: File size limit exceeded
// modes: bwrap
// A 1 GiB global array with one non-zero element lands in .data: the object file would be 1 GiB.
// The compile's file-size limit (256 MiB) stops the assembler: a compile error.
#include "quality_checks.hpp"

namespace {
char big[std::size_t{1} << 30] = {1};
}

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table& table,
                                                      const ex::DatasetRules&) {
  return {
      ex::QualityIssue{static_cast<std::size_t>(big[table.rows()]), "", ex::IssueKind::kMissing}};
}
