// expect: crashed
// expect-text: SIGXFSZ
// Writes one 100 MiB file into its working directory: the file-size limit (16 MiB) stops it with
// SIGXFSZ.
#include <cstdio>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::FILE* out = std::fopen("huge.bin", "wb");
  const std::string chunk(1 << 20, 'x');
  for (int i = 0; out && i < 100; ++i) std::fwrite(chunk.data(), 1, chunk.size(), out);
  return {};
}
