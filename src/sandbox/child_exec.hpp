// The child half of a sandboxed run: everything between fork() and execve().
//
// The runner may be part of a multi-threaded program, so after fork() the child may only make
// async-signal-safe calls: no allocation, no locks, no iostreams. The parent therefore prepares a
// ChildPlan (every string, array and number the child needs) before forking, and the child only
// walks it with raw system calls. A failure before execve() is reported to the parent as a
// ChildError on a close-on-exec pipe; a successful execve() closes that pipe with nothing written.
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

namespace sandbox::internal {

// Where the child failed; the parent turns this into the text of Result::error.
enum class ChildStage : int {
  kSession,
  kCgroup,
  kDescriptors,
  kLimits,
  kPrivileges,
  kDeathSignal,
  kWorkingDirectory,
  kExec,
};
const char* child_stage_name(ChildStage stage);

struct ChildError {
  ChildStage stage;
  int error_number;  // errno at the failing call.
  int detail;        // For kLimits: the RLIMIT_* resource that could not be set.
};

struct RlimitSetting {
  int resource;
  rlimit value;
};

struct ChildPlan {
  const char* path = nullptr;  // argv[0]; executed without PATH search.
  char* const* argv = nullptr;
  char* const* envp = nullptr;

  // Descriptors in the parent's numbering (all close-on-exec); the child moves them to 0..3.
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
  int channel_fd = -1;  // -1: no result channel, fd 3 stays closed.
  int cwd_fd = -1;      // Opened by the parent; fchdir() avoids re-resolving the path.
  int error_fd = -1;    // Write end of the close-on-exec error pipe.
  // Further descriptors the program receives as 4, 5, ... (e.g. the bwrap runner's status pipe
  // for its init). Kept below the scratch range the child copies descriptors through.
  static constexpr int kMaxExtraFds = 4;
  int extra_fds[kMaxExtraFds] = {-1, -1, -1, -1};
  int extra_fd_count = 0;

  // cgroup.procs files the child writes "0" to before exec, joining the run's control groups
  // (src/sandbox/cgroup.hpp); everything it starts then stays in them.
  static constexpr int kMaxCgroups = 4;
  const char* cgroup_procs[kMaxCgroups] = {};
  int cgroup_count = 0;

  static constexpr int kMaxRlimits = 8;
  RlimitSetting rlimits[kMaxRlimits] = {};
  int rlimit_count = 0;

  bool drop_privileges = false;  // Switch to uid/gid below before exec (runner is root).
  uid_t uid = 0;
  gid_t gid = 0;

  pid_t parent_pid = 0;  // To detect that the parent died before PR_SET_PDEATHSIG took effect.
  int fd_limit = 0;      // Upper bound for the close() loop when close_range() is unavailable.
};

// Sets up the forked child per plan and execve()s it. Never returns: on failure it writes a
// ChildError to plan.error_fd and _exit(127)s. Call only in the child right after fork().
[[noreturn]] void exec_child(const ChildPlan& plan) noexcept;

}  // namespace sandbox::internal
