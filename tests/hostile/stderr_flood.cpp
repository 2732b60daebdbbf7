// expect: output_limit
// expect-text: printed more than allowed
// modes: bwrap
// Prints ~100 MB to stderr, unbuffered.
#include <cstdio>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const std::string line(1023, 'e');
  for (int i = 0; i < 100 * 1024; ++i) std::fprintf(stderr, "%s\n", line.c_str());
  return {};
}
