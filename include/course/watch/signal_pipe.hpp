// SIGINT, SIGTERM and SIGHUP for a long-running interactive command, as an event on a descriptor
// (the self-pipe trick), so the event loop can stop cleanly: restore the terminal, say goodbye,
// exit 128+signal.
//
// While the command is busy (grading), waiting for the loop would make Ctrl-C feel dead for
// seconds. In that state (set_immediate(true)) the handler restores the terminal through the hook
// and re-raises the signal with the default action: the process dies at once, as the user asked.
// Nothing is lost: progress is written atomically under a lock, and the sandboxed child dies with
// its parent.
//
// A signal ignored when the SignalPipe is made (nohup, background jobs) stays ignored.
//
// One instance at a time per process (signal handlers are process-wide). Restores the previous
// handlers on destruction.
#pragma once

namespace course::watch {

class SignalPipe {
 public:
  // `restore_terminal` runs inside the signal handler before an immediate death: it must be
  // async-signal-safe (tcsetattr is). May be null.
  explicit SignalPipe(void (*restore_terminal)() = nullptr);
  ~SignalPipe();
  SignalPipe(const SignalPipe&) = delete;
  SignalPipe& operator=(const SignalPipe&) = delete;

  // Readable when a signal arrived.
  int fd() const;
  // The signal that arrived (consumes it), or 0.
  int take();
  // See the header comment: true while busy, false while waiting in the loop.
  void set_immediate(bool immediate);
};

// A SignalPipe's "immediate" window, for the duration of a scope (exception-safe).
class ImmediateSignals {
 public:
  explicit ImmediateSignals(SignalPipe& pipe) : pipe_(pipe) { pipe_.set_immediate(true); }
  ~ImmediateSignals() { pipe_.set_immediate(false); }
  ImmediateSignals(const ImmediateSignals&) = delete;
  ImmediateSignals& operator=(const ImmediateSignals&) = delete;

 private:
  SignalPipe& pipe_;
};

}  // namespace course::watch
