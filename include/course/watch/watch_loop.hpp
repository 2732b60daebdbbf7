// The event loop of `course watch`: waits (poll(2)) on the file watcher, the learner's keys and
// the signal pipe at once, and hands the CLI one event at a time. It never prints and never grades:
// the CLI decides what an event means.
//
// Keys come from `input_fd` (usually stdin). In key mode (a terminal in cbreak mode) every byte is
// a key. In line mode (a pipe, a file, a terminal left in canonical mode) each line is one key: its
// first non-blank character, or '\n' for an empty line, so "h<Enter>" is one hint, not a hint
// and a re-check. At end of input the loop stops reading keys and keeps watching.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "course/watch/debouncer.hpp"
#include "course/watch/file_watcher.hpp"
#include "course/watch/signal_pipe.hpp"

namespace course::watch {

struct WatchEvent {
  enum class Kind {
    kChanged,  // The watched file was saved (debounced: one event per save).
    kKey,      // The learner pressed `key`.
    kSignal,   // SIGINT/SIGTERM/SIGHUP arrived (`signal`): stop.
    kTimeout,  // next(timeout) ran out (tests; the CLI waits forever).
  };
  Kind kind = Kind::kTimeout;
  char key = 0;
  int signal = 0;
};

struct WatchLoopOptions {
  int input_fd = -1;      // Where keys come from; -1 for none.
  bool line_mode = true;  // See the header comment.
  std::chrono::milliseconds debounce{150};
};

class WatchLoop {
 public:
  WatchLoop(WatchLoopOptions options, SignalPipe* signals);

  // Replaces the watched file's watcher (moving on to the next exercise). Forgets a pending
  // change of the previous file.
  void watch(std::unique_ptr<FileWatcher> watcher);
  const FileWatcher* watcher() const { return watcher_.get(); }

  // Blocks until the next event; with a timeout, returns kTimeout when it passes first. Signals
  // come before keys, keys before changes. Throws std::system_error if poll(2) fails.
  WatchEvent next(std::optional<std::chrono::milliseconds> timeout = std::nullopt);

 private:
  using Clock = Debouncer::Clock;
  // Reads what is available from input_fd_ into keys_ (or closes input at end of file).
  void read_input();
  // Asks the watcher, feeding the debouncer.
  void consult_watcher(Clock::time_point now);

  WatchLoopOptions options_;
  SignalPipe* signals_;
  std::unique_ptr<FileWatcher> watcher_;
  Debouncer debouncer_;
  Clock::time_point next_poll_{};
  std::string keys_;  // Keys read but not yet returned.
  std::string line_;  // Line mode: the line being read.
};

}  // namespace course::watch
