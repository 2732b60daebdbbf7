// The runner's watch over a started child: read its pipes, keep the wall timer and the byte caps,
// and notice its exit, until one of these ends the run.
#pragma once

#include <sys/types.h>

#include <chrono>

#include "captured_stream.hpp"

namespace sandbox::internal {

enum class StopReason {
  kExited,       // The main child exited or died; it is not yet reaped (see supervise()).
  kWallTimeout,  // The deadline passed first.
  kOutputLimit,  // A stream went over its cap first.
};

// Watches until the child `pid` exits, `deadline` passes or a stream exceeds its cap, whichever
// comes first, and returns at once: it never waits for pipe EOF (a daemon grandchild may hold a
// pipe open forever). The child is left unreaped, so its pid, and with it the process group id,
// stays reserved until the caller has killed the group. Closed streams are skipped. Throws
// std::system_error only if poll() itself fails.
StopReason supervise(pid_t pid, CapturedStream* streams, int stream_count,
                     std::chrono::steady_clock::time_point deadline);

}  // namespace sandbox::internal
