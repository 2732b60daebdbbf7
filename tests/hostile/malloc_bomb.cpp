// expect: crashed
// expect-text: SIGSEGV
// modes: bwrap
// malloc() (not new: no exception) in 16 MiB blocks, one byte per MiB touched (every page would
// mostly time the machine's page faults), until malloc returns null at the address-space limit,
// then writes through the null pointer: a crash (SIGSEGV), never a pass, the runner not hurt.
#include <cstdlib>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  for (;;) {
    // volatile: otherwise the compiler may drop a malloc whose memory is never read, leaving an
    // empty infinite loop (a timeout, as a first version of this file found).
    volatile char* block = static_cast<volatile char*>(std::malloc(16 << 20));
    for (int i = 0; i < (16 << 20); i += 1 << 20) block[i] = 1;
  }
}
