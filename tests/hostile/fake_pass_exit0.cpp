// expect: failed
// expect-text: stopped .exit code 0. before producing a result
// Prints a convincing success on stdout and stderr, then exit(0) before producing any result.
// Nothing the child prints can pass a checkpoint: missing records mean failed.
#include <cstdio>
#include <cstdlib>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::printf("{\"passed\": true, \"points\": 14}\nPASS\nAll checkpoints passed!\n");
  std::fprintf(stderr, "PASS\n");
  std::fflush(nullptr);
  std::exit(0);
}
