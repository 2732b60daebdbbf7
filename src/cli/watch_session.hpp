// The interactive loop of `course watch`: check the current exercise on every save, take keys,
// move on when it passes. The engine's WatchLoop supplies events; this file decides what they
// mean and renders with the same functions as `course check`, `next`, `hint` and `list`.
#pragma once

#include "context.hpp"
#include "course/grader/grader.hpp"
#include "course/learner_session.hpp"
#include "course/watch/file_watcher.hpp"
#include "course/watch/watch_loop.hpp"
#include "raw_terminal.hpp"

namespace course::cli {

// The keys, for --help and the banner.
inline constexpr const char* kWatchKeys =
    "c or Enter check again · h hint · l list · n next (once it passes) · q quit";

class WatchSession {
 public:
  WatchSession(Context& ctx, LearnerSession& session, Grader& grader,
               watch::WatchOptions watch_options);

  // Runs until every exercise is done (0), q or end of the learner's patience (0), or a signal
  // (128 + signal: 130 for Ctrl-C, 143 for SIGTERM).
  int run();

 private:
  // Checks the current exercise; on a pass moves on. Returns true when every exercise is done.
  bool check_current();
  // Moves to `next` and watches its file; nullptr (all done) returns true and prints nothing.
  bool move_to(const Exercise* next);
  void start_watching(const Exercise& exercise);
  // Handles one key; returns an exit code to stop with, or -1 to go on.
  int on_key(char key);

  Context& ctx_;
  LearnerSession& session_;
  Grader& grader_;
  watch::WatchOptions watch_options_;
  // Order matters: the terminal is restored before the signal handlers are.
  watch::SignalPipe signals_;
  RawTerminal terminal_;
  watch::WatchLoop loop_;
  const Exercise* current_ = nullptr;
};

}  // namespace course::cli
