// course-sandbox-init: the trusted first process inside the bubblewrap sandbox.
//
//   course-sandbox-init UID GID PROGRAM [ARGS...]
//
// Forks PROGRAM, waits for it and reports its real wait status and CPU time on descriptor 4 (see
// init_report.hpp for why bwrap's exit code is not enough). With UID/GID other than -1 (the runner
// is root; bwrap gave this process CAP_SETUID/CAP_SETGID only) the program switches to that uid
// and drops every capability before exec; the init keeps its own uid, so the program can neither
// signal nor trace it. Limits, environment, descriptors 0..3 and the working directory were set up
// by the runner and bwrap and pass through unchanged.
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "init_report.hpp"

extern char** environ;

namespace {

using sandbox::internal::InitEvent;
using sandbox::internal::InitReport;
using sandbox::internal::InitStage;
using sandbox::internal::kInitStatusFd;

void report(const InitReport& record) {
  ssize_t written;
  while ((written = ::write(kInitStatusFd, &record, sizeof record)) < 0 && errno == EINTR) {
  }
}

[[noreturn]] void exec_failed(InitStage stage) {
  InitReport record;
  record.event = InitEvent::kExecFailed;
  record.stage = stage;
  record.error_number = errno;
  report(record);
  ::_exit(127);
}

bool drop_all_capabilities() {
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  if (::syscall(SYS_capset, &header, data) != 0) return false;
  if (::syscall(SYS_capget, &header, data) != 0) return false;
  for (const auto& part : data) {
    if (part.effective != 0 || part.permitted != 0 || part.inheritable != 0) return false;
  }
  return ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) == 0;
}

// In the forked child: become the program.
[[noreturn]] void become_program(long uid, long gid, char** argv) {
  sigset_t empty;
  sigemptyset(&empty);
  ::sigprocmask(SIG_SETMASK, &empty, nullptr);
  if (uid >= 0) {
    const auto u = static_cast<uid_t>(uid);
    const auto g = static_cast<gid_t>(gid);
    if (::setgroups(0, nullptr) != 0 || ::setresgid(g, g, g) != 0 || ::setresuid(u, u, u) != 0 ||
        !drop_all_capabilities()) {
      exec_failed(InitStage::kPrivileges);
    }
    if (::getuid() != u || ::geteuid() != u || ::setuid(0) == 0) {
      errno = EPERM;
      exec_failed(InitStage::kPrivileges);
    }
  }
  // Also set by the runner and bwrap; repeated because it is the one guarantee that no setuid
  // binary or file capability gives privileges back.
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) exec_failed(InitStage::kPrivileges);
  ::execve(argv[0], argv, environ);
  exec_failed(InitStage::kExec);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return 126;
  // Non-dumpable: a program of the same uid can neither ptrace this process nor open its
  // status pipe through /proc/<pid>/fd.
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  if (::fcntl(kInitStatusFd, F_SETFD, FD_CLOEXEC) != 0) return 126;
  // Only 0..3 (and the status pipe) may reach the program; bwrap may have left others open.
  ::close_range(kInitStatusFd + 1, ~0u, 0);
  const long uid = std::strtol(argv[1], nullptr, 10);
  const long gid = std::strtol(argv[2], nullptr, 10);

  InitReport started;
  struct stat ns {};
  if (::stat("/proc/self/ns/pid", &ns) == 0) started.pid_namespace = ns.st_ino;
  report(started);

  const pid_t child = ::fork();
  if (child < 0) exec_failed(InitStage::kFork);
  if (child == 0) become_program(uid, gid, argv + 3);

  int status = 0;
  rusage usage{};
  pid_t got;
  while ((got = ::wait4(child, &status, 0, &usage)) < 0 && errno == EINTR) {
  }
  InitReport ended;
  ended.event = InitEvent::kExited;
  ended.wait_status = status;
  ended.cpu_micros = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL +
                     usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
  report(ended);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + WTERMSIG(status);
}
