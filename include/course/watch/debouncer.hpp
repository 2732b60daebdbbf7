// Debouncing: an editor's save is often several writes (truncate, write, write, chmod, rename
// of a backup …) spread over a few milliseconds. We check once, after `quiet` has passed with no
// further change, so the learner sees one "Checking 1.2…" per save and never a check of a
// half-written file.
#pragma once

#include <chrono>
#include <optional>

namespace course::watch {

class Debouncer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Debouncer(std::chrono::milliseconds quiet) : quiet_(quiet) {}

  // A change was seen at `now`: (re)starts the quiet period.
  void note(Clock::time_point now) { due_ = now + quiet_; }
  // True once, when a noted change has been followed by `quiet` without another one.
  bool fire(Clock::time_point now) {
    if (!due_ || now < *due_) return false;
    due_.reset();
    return true;
  }
  // When fire() will next return true (nullopt: nothing pending).
  std::optional<Clock::time_point> due() const { return due_; }
  // Forgets a pending change (e.g. the learner asked for a check by key meanwhile).
  void cancel() { due_.reset(); }

 private:
  std::chrono::milliseconds quiet_;
  std::optional<Clock::time_point> due_;
};

}  // namespace course::watch
