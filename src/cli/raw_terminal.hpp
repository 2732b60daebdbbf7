// Single-key input for `course watch`: stdin in cbreak mode (no line buffering, no echo; Ctrl-C
// still sends SIGINT), restored on every way out: destructor, exception, or a signal that kills
// the process (restore_now() is async-signal-safe and is the SignalPipe's hook).
#pragma once

namespace course::cli {

class RawTerminal {
 public:
  // Switches stdin to cbreak mode when `enable` and stdin is a terminal; otherwise does nothing.
  explicit RawTerminal(bool enable);
  ~RawTerminal();
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  // True when stdin is in cbreak mode: every byte is a key.
  bool active() const;
  // Puts the saved terminal settings back, if they were changed. Async-signal-safe.
  static void restore_now();
};

}  // namespace course::cli
