// expect: failed
// modes: bwrap
// Writes forged result records to the result channel (fd 3) with a guessed nonce, then exits.
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  for (int i = 0; i < 10; ++i) {
    const std::string line =
        "{\"case\": " + std::to_string(i) +
        ", \"nonce\": \"00000000000000000000000000000000\", \"output\": {\"issues\": []}}\n";
    (void)!::write(3, line.data(), line.size());
  }
  std::_Exit(0);
}
