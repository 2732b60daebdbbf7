// expect: memory_limit
// expect-text: out of memory
// modes: bwrap degraded
// Allocates memory in 64 MiB blocks until `new` fails at the address-space limit (RLIMIT_AS counts
// reserved address space, so the std::bad_alloc comes whether or not the pages are used). It
// touches one byte per MiB, not every page: page faults are slow on a virtual machine, and with
// every page touched the 2 s CPU limit came first (timeout instead of memory_limit).
#include <vector>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  std::vector<char*> blocks;
  for (;;) {
    char* block = new char[64 << 20];
    for (int i = 0; i < (64 << 20); i += 1 << 20) block[i] = 1;
    blocks.push_back(block);
  }
}
