// The bubblewrap command line for one run: which namespaces, what the child sees of the file
// system, its environment and the init that runs the program. Pure string building, unit-tested.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/process_runner.hpp"

namespace sandbox::internal {

struct BwrapCommand {
  std::string bwrap;  // Path of the bwrap executable.
  std::string init;   // Path of course-sandbox-init on the host.
  // The runner is root: bwrap runs privileged, without a user namespace, and the init switches
  // the program to the sandbox uid (see bwrap_runner.cpp for why).
  bool as_root = false;
  uid_t uid = 65534;  // With as_root: the sandbox uid the init switches to (its SandboxUserLock).
};

// Where the init appears inside the sandbox.
constexpr const char* kInitInsidePath = "/.course-sandbox-init";

// argv for exec: bwrap [options] init UID GID program args...
std::vector<std::string> bwrap_argv(const BwrapCommand& command, const Spec& spec);

}  // namespace sandbox::internal
