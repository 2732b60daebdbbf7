// The sandbox user: which uid the child runs as when the runner is root, how many tasks a uid
// already has (for RLIMIT_NPROC), and how to remove every process of that uid after a run.
#pragma once

#include <sys/types.h>

#include <string>

#include "unique_fd.hpp"

namespace sandbox::internal {

// nobody/nogroup on Debian. Every process of this uid is killed after each run, so nothing else
// on the machine should run as nobody (see SandboxUserLock for runners in other processes).
constexpr uid_t kSandboxUid = 65534;
constexpr gid_t kSandboxGid = 65534;

bool running_as_root();

// Tasks (threads, including zombies not yet reaped) whose real uid is `uid`, counted from /proc:
// that is the number RLIMIT_NPROC is compared with when the child forks or starts a thread.
long count_tasks_of_uid(uid_t uid);

// Kills every process of `uid` (the isolate trick): a short-lived helper switches to that uid and
// calls kill(-1, SIGKILL), which reaches exactly the processes that uid may signal, including
// daemons that left the child's session. Retries if a survivor kills the helper first. Returns
// false with a reason when the helper could not run. Only meaningful as root.
bool kill_all_processes_of(uid_t uid, gid_t gid, std::string* why);

// Hands a freshly made working directory (opened by the caller) to the sandbox user, so the child
// can create scratch files there and nowhere else the runner owns.
bool give_directory_to(int dir_fd, uid_t uid, gid_t gid, std::string* why);

// Serialises runs that use the sandbox uid across all processes on the machine. Without it, the
// end-of-run sweep of one runner would kill the child of a concurrent runner (a sibling in batch
// grading, or another test suite), since both children share the uid.
class SandboxUserLock {
 public:
  // Blocks until the lock is held. On failure (no writable /run) returns an unlocked object and
  // sets *why: the run proceeds, and the caller reports the degradation.
  static SandboxUserLock acquire(uid_t uid, std::string* why);
  bool held() const { return fd_.valid(); }

 private:
  UniqueFd fd_;  // Closing it releases the flock.
};

}  // namespace sandbox::internal
