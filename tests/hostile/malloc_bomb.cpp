// expect: memory_limit|crashed
// modes: bwrap
// malloc() (not new: no exception) in 16 MiB blocks, each page touched, until malloc returns null,
// then writes through the null pointer. Either the harness sees the crash (SIGSEGV) or the
// address-space limit is reported; never a pass, and the runner is not hurt.
#include <cstdlib>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  for (;;) {
    char* block = static_cast<char*>(std::malloc(16 << 20));
    for (int i = 0; i < (16 << 20); i += 4096) block[i] = 1;
  }
}
