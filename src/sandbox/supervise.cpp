// supervise(); see supervise.hpp.
#include "supervise.hpp"

#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "unique_fd.hpp"

namespace sandbox::internal {
namespace {

using Clock = std::chrono::steady_clock;  // CLOCK_MONOTONIC: immune to clock changes.

// Without a pidfd the runner notices the child's exit only when poll() times out.
constexpr long long kExitPollMillis = 10;
// Reads (of 64 KiB) per stream per wake-up: a flooding stream cannot starve the timers.
constexpr int kReadsPerWakeup = 16;
constexpr int kMaxStreams = 3;

// Pollable "child exited" notification (Linux 5.3+). Invalid when unavailable.
UniqueFd open_pidfd(pid_t pid) {
#ifdef SYS_pidfd_open
  return UniqueFd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
#else
  (void)pid;
  return UniqueFd();
#endif
}

// Non-consuming check (WNOWAIT) so that the zombie keeps the pid reserved.
bool has_exited(pid_t pid) {
  siginfo_t info{};
  while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
    if (errno != EINTR) return true;  // ECHILD: nothing left to wait for.
  }
  return info.si_pid == pid;
}

}  // namespace

StopReason supervise(pid_t pid, CapturedStream* streams, int stream_count,
                     Clock::time_point deadline) {
  const UniqueFd pidfd = open_pidfd(pid);
  stream_count = std::min(stream_count, kMaxStreams);
  while (!has_exited(pid)) {
    const Clock::time_point now = Clock::now();
    if (now >= deadline) return StopReason::kWallTimeout;

    pollfd fds[kMaxStreams + 1];
    CapturedStream* polled[kMaxStreams + 1] = {};
    nfds_t count = 0;
    for (int i = 0; i < stream_count; ++i) {
      if (!streams[i].open()) continue;
      polled[count] = &streams[i];
      fds[count++] = {streams[i].fd(), POLLIN, 0};
    }
    if (pidfd.valid()) fds[count++] = {pidfd.get(), POLLIN, 0};

    long long timeout = std::chrono::ceil<std::chrono::milliseconds>(deadline - now).count();
    timeout = std::min(timeout, pidfd.valid() ? 1ll << 30 : kExitPollMillis);
    if (::poll(fds, count, static_cast<int>(timeout)) < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "sandbox: poll");
    }
    for (nfds_t i = 0; i < count; ++i) {
      if (polled[i] == nullptr || fds[i].revents == 0) continue;
      polled[i]->read_available(kReadsPerWakeup);
      if (polled[i]->over_cap()) return StopReason::kOutputLimit;
    }
  }
  return StopReason::kExited;
}

}  // namespace sandbox::internal
