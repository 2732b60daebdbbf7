// The shared half of every runner: start a program under hard rlimits in its own session, watch
// it (pipes, byte caps, wall timer), kill everything it left and reap it. The rlimit runner
// launches the learner's program itself; the bwrap runner launches bubblewrap around a trusted
// init (see bwrap_runner.cpp). Both then judge the end with classify().
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

#include "cgroup.hpp"
#include "privileges.hpp"
#include "sandbox/process_runner.hpp"
#include "supervise.hpp"

namespace sandbox::internal {

// How the runner starts the process for a Spec.
struct Launch {
  std::vector<std::string> argv;  // What is executed (argv[0] absolute): the program or bwrap.
  std::vector<std::string> env;   // Its complete environment.
  std::vector<int> extra_fds;     // Parent descriptors the process receives as 4, 5, ...
  // The learner's program ends up running as a sandbox uid (the runner is root): the runner took
  // `user` (SandboxUserLock::acquire_any) before building argv, since bwrap's command line names
  // the uid; run_supervised hands the cwd to user->uid(), limits and sweeps that uid. When the
  // lock could not be taken, user->held() is false and user_problem says why (a warning).
  bool sandbox_uid = false;
  const SandboxUserLock* user = nullptr;
  std::string user_problem;
  // The runner's child itself switches to the sandbox uid before exec (the rlimit runner). The
  // bwrap runner leaves the switch to its init inside the namespaces.
  bool switch_uid_at_exec = false;
  // Tasks of the program's uid the launcher adds besides the program itself (bwrap's own
  // processes, the init): RLIMIT_NPROC must leave room for them.
  int launcher_tasks = 0;
  // The run's control groups: the probe's findings (nullptr or mode none: no cgroups), and the
  // launcher's own tasks that live in them besides the program whatever their uid (pids.max
  // must leave room for them).
  const CgroupSupport* cgroups = nullptr;
  int cgroup_launcher_tasks = 0;
  // Called after the main process is gone or must go and before the kill: the pid namespace
  // (inode of /proc/<pid>/ns/pid) whose every member must die too, or 0.
  std::function<ino_t()> pid_namespace;
  // Called before the start once the SandboxUserLock is held (so no other run uses its uid; it
  // flight on the machine): clean up what killed runners left behind.
  std::function<void()> with_lock_held;
};

// The runner's evidence about one run, before judgement.
struct Supervised {
  bool started = false;  // False: result.outcome is kSpawnFailed with result.error set.
  StopReason reason = StopReason::kExited;
  int status = 0;  // wait4() status of the launched process.
  Result result;   // Streams, byte counts, wall and CPU time, warnings in `error`.
};

// Runs launch for spec. Never throws for anything the child does; throws std::system_error only
// when pipe(), fork() or wait4() fail.
Supervised run_supervised(const Spec& spec, const Launch& launch);

// Sets outcome, exit_code and signal from the stop reason, a wait status, result->cpu_seconds and
// result->accounting (an OOM kill counted by the memory cgroup): the runner's own evidence, never
// what the child printed.
void classify(StopReason reason, int status, const Limits& limits, Result* result);

// The cgroup support a runner created with `use` applies: the probe's, or nullptr.
const CgroupSupport* cgroups_for(CgroupUse use);

// Spec errors (invalid limits, relative paths), or "" when the spec can run.
std::string check_spec(const Spec& spec);

// The runner must survive a child that closes its end of a pipe (EPIPE, not death by SIGPIPE).
void ignore_sigpipe_once();

}  // namespace sandbox::internal
