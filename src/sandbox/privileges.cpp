// Sandbox-user helpers; see privileges.hpp.
#include "privileges.hpp"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "proc_info.hpp"

namespace sandbox::internal {
namespace {

// Root-owned and private, so the sandbox user can neither create nor hold the lock file.
constexpr const char* kLockDirectory = "/run/course-sandbox";

std::string errno_text(const std::string& what, int error_number) {
  return what + ": " + std::strerror(error_number);
}

// In the forked helper: only async-signal-safe calls.
[[noreturn]] void sweep_as(uid_t uid, gid_t gid) noexcept {
  if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, gid) != 0 ||
      ::setresuid(uid, uid, uid) != 0) {
    ::_exit(2);
  }
  // One pass normally suffices (a process forking while it is hit cannot complete the fork), but
  // a few more are cheap. Zombies still count as found, so stop after a bounded number of passes.
  for (int pass = 0; pass < 8; ++pass) {
    if (::kill(-1, SIGKILL) != 0 && errno == ESRCH) break;
  }
  ::_exit(0);
}

}  // namespace

bool running_as_root() { return ::geteuid() == 0; }

long count_tasks_of_uid(uid_t uid) {
  long total = 0;
  for_each_process([&](const std::string& pid) {
    const ProcessStatus status = read_process_status(pid);
    if (status.real_uid == static_cast<long>(uid)) total += status.threads;
  });
  return total;
}

bool kill_all_processes_of(uid_t uid, gid_t gid, std::string* why) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    const pid_t helper = ::fork();
    if (helper < 0) {
      *why = errno_text("fork of the sweep helper", errno);
      return false;
    }
    if (helper == 0) sweep_as(uid, gid);
    int status = 0;
    while (::waitpid(helper, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
    if (WIFEXITED(status)) {
      *why = "the sweep helper could not switch to uid " + std::to_string(uid);
      return false;
    }
    // Killed: a surviving process of uid shot the helper first. Try again.
  }
  *why = "the sweep helper was killed repeatedly by processes of uid " + std::to_string(uid);
  return false;
}

bool give_directory_to(int dir_fd, uid_t uid, gid_t gid, std::string* why) {
  struct stat info {};
  if (::fstat(dir_fd, &info) != 0) {
    *why = errno_text("stat of the working directory", errno);
    return false;
  }
  if (!S_ISDIR(info.st_mode)) {
    *why = "the working directory is not a directory";
    return false;
  }
  if (::fchown(dir_fd, uid, gid) != 0) {
    *why = errno_text("chown of the working directory to uid " + std::to_string(uid), errno);
    return false;
  }
  return true;
}

SandboxUserLock SandboxUserLock::acquire(uid_t uid, std::string* why) {
  SandboxUserLock lock;
  if (::mkdir(kLockDirectory, 0700) != 0 && errno != EEXIST) {
    *why = errno_text(std::string("mkdir ") + kLockDirectory, errno);
    return lock;
  }
  struct stat info {};
  if (::lstat(kLockDirectory, &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != 0 ||
      (info.st_mode & 022) != 0) {
    *why = std::string(kLockDirectory) + " is not a root-owned private directory";
    return lock;
  }
  const std::string path = std::string(kLockDirectory) + "/uid-" + std::to_string(uid) + ".lock";
  UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (!fd.valid()) {
    *why = errno_text("open " + path, errno);
    return lock;
  }
  int rc = 0;
  while ((rc = ::flock(fd.get(), LOCK_EX)) != 0 && errno == EINTR) {
  }
  if (rc != 0) {
    *why = errno_text("flock " + path, errno);
    return lock;
  }
  lock.fd_ = std::move(fd);
  return lock;
}

}  // namespace sandbox::internal
