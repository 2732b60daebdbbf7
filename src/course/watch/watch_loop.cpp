#include "course/watch/watch_loop.hpp"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace course::watch {
namespace {

// poll(2) wants milliseconds; round up so we never wake a hair early and spin.
int millis_until(Debouncer::Clock::time_point now, Debouncer::Clock::time_point wake) {
  if (wake <= now) return 0;
  const auto ms = std::chrono::ceil<std::chrono::milliseconds>(wake - now).count();
  return int(std::min<long long>(ms, 60 * 60 * 1000));
}

}  // namespace

WatchLoop::WatchLoop(WatchLoopOptions options, SignalPipe* signals)
    : options_(options), signals_(signals), debouncer_(options.debounce) {}

void WatchLoop::watch(std::unique_ptr<FileWatcher> watcher) {
  watcher_ = std::move(watcher);
  debouncer_.cancel();
  next_poll_ = Clock::now() + (watcher_ ? watcher_->poll_interval() : std::chrono::milliseconds{});
}

void WatchLoop::consult_watcher(Clock::time_point now) {
  if (watcher_ && watcher_->changed()) debouncer_.note(now);
}

void WatchLoop::read_input() {
  char buffer[256];
  ssize_t n;
  while ((n = ::read(options_.input_fd, buffer, sizeof buffer)) < 0 && errno == EINTR) {
  }
  if (n <= 0) {  // End of input (or an unreadable one): keep watching without keys.
    options_.input_fd = -1;
    return;
  }
  for (ssize_t i = 0; i < n; ++i) {
    const char c = buffer[i] == '\r' ? '\n' : buffer[i];
    if (!options_.line_mode) {
      keys_ += c;
    } else if (c != '\n') {
      line_ += c;
    } else {
      const auto first = line_.find_first_not_of(" \t");
      keys_ += first == std::string::npos ? '\n' : line_[first];
      line_.clear();
    }
  }
}

WatchEvent WatchLoop::next(std::optional<std::chrono::milliseconds> timeout) {
  // max() is "no deadline" (a plain time point: GCC's -Wmaybe-uninitialized misreads optional).
  const Clock::time_point deadline = timeout ? Clock::now() + *timeout : Clock::time_point::max();
  for (;;) {
    if (const int sig = signals_ ? signals_->take() : 0) return {WatchEvent::Kind::kSignal, 0, sig};
    if (!keys_.empty()) {
      const char key = keys_.front();
      keys_.erase(0, 1);
      return {WatchEvent::Kind::kKey, key, 0};
    }
    Clock::time_point now = Clock::now();
    if (debouncer_.fire(now)) return {WatchEvent::Kind::kChanged, 0, 0};
    if (now >= deadline) return {};

    Clock::time_point wake = deadline;
    if (const auto due = debouncer_.due()) wake = std::min(wake, *due);
    const bool polling = watcher_ && watcher_->fd() < 0;
    if (polling) wake = std::min(wake, next_poll_);

    pollfd fds[3];
    nfds_t count = 0;
    const auto add = [&](int fd) {
      if (fd < 0) return -1;
      fds[count] = {fd, POLLIN, 0};
      return int(count++);
    };
    add(signals_ ? signals_->fd() : -1);  // Its byte is read at the top of the loop.
    const int input_slot = add(options_.input_fd);
    const int watcher_slot = add(watcher_ ? watcher_->fd() : -1);
    const int wait_ms = wake == Clock::time_point::max() ? -1 : millis_until(now, wake);
    if (::poll(fds, count, wait_ms) < 0) {
      if (errno == EINTR) continue;  // A signal: its byte is in the pipe, seen at the top.
      throw std::system_error(errno, std::generic_category(), "poll");
    }
    now = Clock::now();
    if (input_slot >= 0 && fds[input_slot].revents) read_input();
    if (watcher_slot >= 0 && fds[watcher_slot].revents) consult_watcher(now);
    if (polling && now >= next_poll_) {
      consult_watcher(now);
      next_poll_ = now + watcher_->poll_interval();
    }
  }
}

}  // namespace course::watch
