#include "serve/stop_signals.hpp"

#include <pthread.h>

namespace course::serve {

StopSignals::StopSignals(std::function<void(int)> on_signal) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  watcher_ = std::thread([this, set, on_signal = std::move(on_signal)] {
    int signal = 0;
    while (sigwait(&set, &signal) == 0) {
      if (done_) return;
      on_signal(signal);
    }
  });
}

StopSignals::~StopSignals() {
  done_ = true;
  // Wakes the sigwait (the signal is blocked, so it is delivered to sigwait, not a handler).
  pthread_kill(watcher_.native_handle(), SIGTERM);
  watcher_.join();
  // The mask stays: a second SIGTERM arriving while the process winds down must not kill it
  // with the default action half-way through (exit code and flushed logs matter to supervisors).
}

}  // namespace course::serve
