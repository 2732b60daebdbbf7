// Graceful shutdown on SIGINT and SIGTERM: the signals are blocked in the constructing thread
// (and so in every thread it starts afterwards) and a dedicated thread waits for them with
// sigwait, then calls on_signal once, outside any signal handler, where anything may be done.
// Construct it before starting other threads.
//
// Thread safety: construct and destroy on one thread; on_signal runs on the watcher's thread.
#pragma once

#include <signal.h>

#include <atomic>
#include <functional>
#include <thread>

namespace course::serve {

class StopSignals {
 public:
  explicit StopSignals(std::function<void(int signal)> on_signal);
  // Stops the watcher. SIGINT and SIGTERM stay blocked in this thread (see stop_signals.cpp).
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  std::atomic<bool> done_{false};
  std::thread watcher_;
};

}  // namespace course::serve
