// expect: failed
// expect-text: ptrace: (Operation not permitted|No such process)
// modes: bwrap degraded
// Tries to attach a debugger to its parent (the runner, or the sandbox init) to rewrite what it
// reports. Not allowed: another uid, or outside the pid namespace.
#include <sys/ptrace.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  if (::ptrace(PTRACE_ATTACH, ::getppid(), nullptr, nullptr) == 0)
    throw std::runtime_error("ptrace: attached to the parent");
  throw std::runtime_error(std::string("ptrace: ") + std::strerror(errno));
}
