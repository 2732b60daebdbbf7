// expect: output_limit|failed
// Floods the result channel (fd 3) with 200 MB of garbage: the channel has its own cap.
#include <unistd.h>

#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const std::string chunk(1 << 20, 'x');
  for (int i = 0; i < 200; ++i)
    if (::write(3, chunk.data(), chunk.size()) < 0) break;
  return {};
}
