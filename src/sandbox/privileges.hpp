// The sandbox user: which uid the child runs as when the runner is root, how many tasks a uid
// already has (for RLIMIT_NPROC), and how to remove every process of that uid after a run.
#pragma once

#include <sys/types.h>

#include <string>

#include "unique_fd.hpp"

namespace sandbox::internal {

// The sandbox uids, tried in this order: 65534 is nobody on Debian; 65533…65527 lie in Debian's
// reserved range 65000–65533 (Policy 9.2.2: never allocated to an account or a package), so
// nothing else runs as them. Every process of a run's uid is killed after the run, so each
// concurrent root-mode run on the machine holds its own uid (SandboxUserLock): runs go in
// parallel up to the pool's size (batch grading), each with its own RLIMIT_NPROC count and sweep.
constexpr uid_t kSandboxUids[] = {65534, 65533, 65532, 65531, 65530, 65529, 65528, 65527};
constexpr uid_t kSandboxUid = kSandboxUids[0];  // The uid used when no lock can be taken.
constexpr gid_t kSandboxGid = 65534;            // nogroup, for every sandbox uid.

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

// Gives a run a sandbox uid that no other run on the machine is using, in any process. Without
// it, the end-of-run sweep of one runner would kill the child of a concurrent runner (a sibling
// in batch grading, or another test suite) sharing the uid.
class SandboxUserLock {
 public:
  // Takes the first free uid of kSandboxUids (skipping any that has become a named account), or
  // waits for the first one freed when all are busy. On failure (no writable /run) returns an
  // unlocked object whose uid() is kSandboxUid and sets *why: the run proceeds, and the caller
  // reports it.
  static SandboxUserLock acquire_any(std::string* why);
  // Blocks until `uid` itself is held (tests; the runners use acquire_any).
  static SandboxUserLock acquire(uid_t uid, std::string* why);
  bool held() const { return fd_.valid(); }
  uid_t uid() const { return uid_; }

 private:
  UniqueFd fd_;  // Closing it releases the flock.
  uid_t uid_ = kSandboxUid;
};

}  // namespace sandbox::internal
