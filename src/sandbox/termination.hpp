// Ending a run: kill everything the child started and wait until it is really gone.
//
// kill() only queues SIGKILL; a process dies when it is next scheduled, which on a loaded machine
// can be milliseconds later. A runner that returned right after kill() would leave processes
// still running (and writing, forking, holding files) for a moment after reporting the run over,
// so terminate_sandbox() watches /proc until no live member remains.
#pragma once

#include <sys/types.h>

#include <string>

namespace sandbox::internal {

struct SandboxMembers {
  pid_t group = 0;      // The child's process group (== its pid, thanks to setsid()).
  bool by_uid = false;  // Also every process of `uid` (the runner is root and the child ran
  uid_t uid = 0;        // as an otherwise unused uid): catches daemons that left the group.
  gid_t gid = 0;
  ino_t pid_namespace = 0;  // When not 0, also every process of this pid namespace (bwrap's).
};

// Live (non-zombie) processes that are members. Zombies are dead: they hold no memory, files or
// CPU, and once reparented to init they are init's to reap.
int count_live_members(const SandboxMembers& members);

// SIGKILLs the group (and, when by_uid, every process of uid via kill_all_processes_of; and every
// process of the pid namespace one by one), then waits up to ~2 s for all members to die,
// re-killing as it goes. Returns false with a reason if
// something survived (e.g. a process stuck in uninterruptible I/O) or the sweep could not run.
bool terminate_sandbox(const SandboxMembers& members, std::string* why);

}  // namespace sandbox::internal
