// exec_child: the async-signal-safe path from fork() to execve(). See child_exec.hpp for why it
// only uses raw system calls on data the parent prepared.
#include "child_exec.hpp"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>

namespace sandbox::internal {
namespace {

// Descriptors are first copied at or above this number so that moving them onto 0..3 can never
// overwrite one another, whatever numbers the parent happened to hold them under.
constexpr int kScratchFdBase = 10;
constexpr int kFirstExtraFd = 4;
static_assert(kFirstExtraFd + ChildPlan::kMaxExtraFds <= kScratchFdBase);

[[noreturn]] void fail(const ChildPlan& plan, ChildStage stage, int detail = 0) noexcept {
  const ChildError error{stage, errno, detail};
  // A single small write to a pipe is atomic; if it fails there is nobody left to tell.
  [[maybe_unused]] ssize_t ignored = ::write(plan.error_fd, &error, sizeof error);
  ::_exit(127);
}

// Default dispositions and an empty mask: execve() keeps ignored signals ignored and keeps the
// mask, so a runner that ignores SIGPIPE would otherwise hand that to the learner.
void reset_signals() noexcept {
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    ::sigaction(sig, &action, nullptr);  // Fails harmlessly for libc-reserved real-time signals.
  }
  sigset_t empty;
  sigemptyset(&empty);
  ::sigprocmask(SIG_SETMASK, &empty, nullptr);
}

int to_scratch(const ChildPlan& plan, int fd) noexcept {
  if (fd < 0) return -1;
  const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, kScratchFdBase);
  if (copy < 0) fail(plan, ChildStage::kDescriptors);
  return copy;
}

void move_to(const ChildPlan& plan, int from, int to) noexcept {
  if (::dup2(from, to) < 0) fail(plan, ChildStage::kDescriptors);  // dup2 clears FD_CLOEXEC.
}

// Closes [first, last]; without close_range() (kernels before 5.9) loops up to fd_limit.
void close_fds(int first, unsigned last, int fd_limit) noexcept {
  if (first < 0 || static_cast<unsigned>(first) > last) return;
  if (::close_range(static_cast<unsigned>(first), last, 0) == 0) return;
  for (int fd = first; fd < fd_limit && static_cast<unsigned>(fd) <= last; ++fd) ::close(fd);
}

void drop_privileges(const ChildPlan& plan) noexcept {
  if (::setgroups(0, nullptr) != 0) fail(plan, ChildStage::kPrivileges);
  if (::setresgid(plan.gid, plan.gid, plan.gid) != 0) fail(plan, ChildStage::kPrivileges);
  if (::setresuid(plan.uid, plan.uid, plan.uid) != 0) fail(plan, ChildStage::kPrivileges);
  // Paranoia in the style of isolate: prove the switch is complete and irreversible.
  if (::getuid() != plan.uid || ::geteuid() != plan.uid || ::getgid() != plan.gid ||
      ::getegid() != plan.gid) {
    errno = EPERM;
    fail(plan, ChildStage::kPrivileges);
  }
  if (::setuid(0) == 0) {
    errno = EPERM;
    fail(plan, ChildStage::kPrivileges);
  }
}

// "0" moves the writing process itself (v1 and v2).
void join_cgroup(const ChildPlan& plan, const char* procs) noexcept {
  const int fd = ::open(procs, O_WRONLY | O_CLOEXEC);
  if (fd < 0 || ::write(fd, "0", 1) != 1) fail(plan, ChildStage::kCgroup);
  ::close(fd);
}

}  // namespace

const char* child_stage_name(ChildStage stage) {
  switch (stage) {
    case ChildStage::kSession:
      return "creating a new session";
    case ChildStage::kCgroup:
      return "joining the run's cgroup";
    case ChildStage::kDescriptors:
      return "setting up stdin/stdout/stderr";
    case ChildStage::kLimits:
      return "setting resource limits";
    case ChildStage::kPrivileges:
      return "switching to the sandbox user";
    case ChildStage::kDeathSignal:
      return "arming the parent-death signal";
    case ChildStage::kWorkingDirectory:
      return "entering the working directory";
    case ChildStage::kExec:
      return "executing the program";
  }
  return "starting the child";
}

void exec_child(const ChildPlan& plan) noexcept {
  // Own session and process group: the runner kills the group, and the child loses any
  // controlling terminal, so it cannot read the user's keyboard or get terminal signals.
  if (::setsid() < 0) fail(plan, ChildStage::kSession);
  reset_signals();
  // Still privileged and before exec, so bwrap, the init and everything the program forks are
  // born inside the run's groups and under their limits.
  for (int i = 0; i < plan.cgroup_count; ++i) join_cgroup(plan, plan.cgroup_procs[i]);

  const int in = to_scratch(plan, plan.stdin_fd);
  const int out = to_scratch(plan, plan.stdout_fd);
  const int err = to_scratch(plan, plan.stderr_fd);
  const int channel = to_scratch(plan, plan.channel_fd);
  const int cwd = to_scratch(plan, plan.cwd_fd);
  int extra[ChildPlan::kMaxExtraFds];
  for (int i = 0; i < plan.extra_fd_count; ++i) extra[i] = to_scratch(plan, plan.extra_fds[i]);
  ChildPlan moved = plan;  // So that fail() writes to the copy that survives close_range.
  moved.error_fd = to_scratch(plan, plan.error_fd);
  move_to(moved, in, 0);
  move_to(moved, out, 1);
  move_to(moved, err, 2);
  if (channel >= 0) move_to(moved, channel, 3);
  for (int i = 0; i < moved.extra_fd_count; ++i) move_to(moved, extra[i], kFirstExtraFd + i);

  // Hard limits are set while still privileged: root may raise a limit above the runner's own,
  // and the unprivileged child can never raise any of them again.
  for (int i = 0; i < moved.rlimit_count; ++i) {
    const RlimitSetting& setting = moved.rlimits[i];
    if (::setrlimit(static_cast<__rlimit_resource>(setting.resource), &setting.value) != 0) {
      fail(moved, ChildStage::kLimits, setting.resource);
    }
  }

  if (moved.drop_privileges) drop_privileges(moved);
  // No setuid binary (su, mount, passwd...) can give the learner privileges back.
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(moved, ChildStage::kPrivileges);

  // Armed after the uid switch, which clears it. If the runner died in the meantime the signal
  // will never come, so check by hand.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) fail(moved, ChildStage::kDeathSignal);
  if (::getppid() != moved.parent_pid) ::_exit(127);

  // After the uid switch, so a directory the sandbox user cannot enter fails loudly here.
  if (::fchdir(cwd) != 0) fail(moved, ChildStage::kWorkingDirectory);

  // Nothing but 0..3, the extra descriptors (and the close-on-exec error pipe) may reach the
  // program.
  if (channel < 0) ::close(3);
  const int first_closed = kFirstExtraFd + moved.extra_fd_count;
  close_fds(first_closed, static_cast<unsigned>(moved.error_fd - 1), moved.fd_limit);
  close_fds(moved.error_fd + 1, ~0u, moved.fd_limit);

  ::execve(moved.path, moved.argv, moved.envp);
  fail(moved, ChildStage::kExec);
}

}  // namespace sandbox::internal
