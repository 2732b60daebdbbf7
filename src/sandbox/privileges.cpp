// Sandbox-user helpers; see privileges.hpp.
#include "privileges.hpp"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

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

namespace {

// The lock directory, made if needed; false (with *why) when it is missing or not root's own.
bool lock_directory_ready(std::string* why) {
  if (::mkdir(kLockDirectory, 0700) != 0 && errno != EEXIST) {
    *why = errno_text(std::string("mkdir ") + kLockDirectory, errno);
    return false;
  }
  struct stat info {};
  if (::lstat(kLockDirectory, &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != 0 ||
      (info.st_mode & 022) != 0) {
    *why = std::string(kLockDirectory) + " is not a root-owned private directory";
    return false;
  }
  return true;
}

UniqueFd open_lock_file(uid_t uid, std::string* why) {
  const std::string path = std::string(kLockDirectory) + "/uid-" + std::to_string(uid) + ".lock";
  UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (!fd.valid()) *why = errno_text("open " + path, errno);
  return fd;
}

// flock, retried on EINTR; 0 on success, else errno (EWOULDBLOCK: held by someone else).
int lock_file(int fd, int how) {
  int rc = 0;
  while ((rc = ::flock(fd, how)) != 0 && errno == EINTR) {
  }
  return rc == 0 ? 0 : errno;
}

// A pool uid that some package or admin has since given to an account must not be swept.
bool usable_pool_uid(uid_t uid) { return uid == kSandboxUid || ::getpwuid(uid) == nullptr; }

}  // namespace

SandboxUserLock SandboxUserLock::acquire(uid_t uid, std::string* why) {
  SandboxUserLock lock;
  if (!lock_directory_ready(why)) return lock;
  UniqueFd fd = open_lock_file(uid, why);
  if (!fd.valid()) return lock;
  if (const int error = lock_file(fd.get(), LOCK_EX)) {
    *why = errno_text("flock of the lock of uid " + std::to_string(uid), error);
    return lock;
  }
  lock.fd_ = std::move(fd);
  lock.uid_ = uid;
  return lock;
}

SandboxUserLock SandboxUserLock::acquire_any(std::string* why) {
  if (!lock_directory_ready(why)) return SandboxUserLock();
  std::vector<uid_t> pool;
  for (const uid_t uid : kSandboxUids)
    if (usable_pool_uid(uid)) pool.push_back(uid);
  // Every uid busy: try again shortly, taking whichever is freed first (a blocking flock on one
  // of them could wait behind a long run while another frees up).
  for (;;) {
    for (const uid_t uid : pool) {
      UniqueFd fd = open_lock_file(uid, why);
      if (!fd.valid()) return SandboxUserLock();
      const int error = lock_file(fd.get(), LOCK_EX | LOCK_NB);
      if (error == 0) {
        SandboxUserLock lock;
        lock.fd_ = std::move(fd);
        lock.uid_ = uid;
        return lock;
      }
      if (error != EWOULDBLOCK) {
        *why = errno_text("flock of the lock of uid " + std::to_string(uid), error);
        return SandboxUserLock();
      }
    }
    ::usleep(5000);
  }
}

}  // namespace sandbox::internal
