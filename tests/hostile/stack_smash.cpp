// expect: crashed
// modes: bwrap
// Overwrites its own stack frame far past a local buffer (return address included): a crash
// (SIGSEGV, or SIGABRT if the stack protector notices first), never a pass or a hang.
#include <cstring>

#include "quality_checks.hpp"

namespace {
__attribute__((noinline)) void smash(const char* junk, std::size_t size) {
  char buffer[16];
  std::memcpy(buffer, junk, size);
  asm volatile("" : : "r"(buffer) : "memory");
}
}  // namespace

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  static char junk[4096];
  std::memset(junk, 0x41, sizeof junk);
  volatile std::size_t size = sizeof junk;
  smash(junk, size);
  return {};
}
