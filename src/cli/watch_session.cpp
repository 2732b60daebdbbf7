#include "watch_session.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>

#include "course/error.hpp"
#include "learner_views.hpp"
#include "render.hpp"

namespace course::cli {
namespace {

// The exercise to watch first: the current one unless it is done, else the first unfinished.
const Exercise* starting_exercise(const LearnerSession& session) {
  const Progress progress = session.progress();
  const Exercise* current = session.course().find_exercise(progress.current_exercise);
  const ExerciseProgress* p = current ? progress.find(current->id) : nullptr;
  if (current && !(p && p->state == ExerciseState::kDone)) return current;
  return session.first_unfinished(progress);
}

}  // namespace

WatchSession::WatchSession(Context& ctx, LearnerSession& session, Grader& grader,
                           watch::WatchOptions watch_options)
    : ctx_(ctx),
      session_(session),
      grader_(grader),
      watch_options_(watch_options),
      signals_(&RawTerminal::restore_now),
      // Keys without Enter only for a person at a terminal; CI and pipes send lines (or nothing).
      terminal_(interactive()),
      loop_({STDIN_FILENO, !terminal_.active(), std::chrono::milliseconds(150)}, &signals_) {}

void WatchSession::start_watching(const Exercise& exercise) {
  watch::WatcherChoice choice =
      watch::make_file_watcher(session_.workspace().exercise_file(exercise), watch_options_);
  if (!choice.fallback_reason.empty())
    fmt::print("{}\n", ctx_.style.yellow("Note: " + choice.fallback_reason +
                                         "; polling for changes instead."));
  fmt::print("{}\n", ctx_.style.dim("Watching " + Workspace::display(exercise) + " (" +
                                    choice.watcher->kind() + "). Keys: " + kWatchKeys));
  std::fflush(stdout);
  loop_.watch(std::move(choice.watcher));
  current_ = &exercise;
}

bool WatchSession::move_to(const Exercise* next) {
  if (!next) return true;  // The caller has said that everything is done.
  const Progress progress = session_.progress();
  if (progress.current_exercise != next->id) session_.make_current(*next);
  fmt::print("\n");
  print_next_exercise(session_.course(), progress, *next, ctx_.style);
  fmt::print("\n");
  start_watching(*next);
  return false;
}

bool WatchSession::check_current() {
  const Exercise& exercise = *current_;
  fmt::print("\n{}\n", ctx_.style.bold("Checking " + exercise.id + "…"));
  std::fflush(stdout);  // At once: the first compile takes a second or two.
  CheckOutcome outcome;
  try {
    watch::ImmediateSignals busy(signals_);  // Ctrl-C while grading stops at once.
    outcome = session_.check(exercise, grader_);
  } catch (const course::Error& e) {
    // A file mid-rename, a broken workspace file: say so and keep watching for the next save.
    fmt::print(stderr, "course: error: {}\n", e.what());
    return false;
  }
  fmt::print("{}{}", format_result(outcome.result, ctx_.style, ctx_.options.verbose),
             format_after_check(outcome, session_.course(), ctx_.style, NextStep::kWatch));
  std::fflush(stdout);
  return outcome.result.passed() && move_to(outcome.next);
}

int WatchSession::on_key(char key) {
  switch (std::tolower(static_cast<unsigned char>(key))) {
    case 'q':
      fmt::print("Stopped watching. Your progress is saved.\n");
      return 0;
    case 'c':
    case '\n':
      return check_current() ? 0 : -1;
    case 'h': {
      const HintOutcome hints = session_.hint(*current_);
      if (hints.revealed.empty()) fmt::print("Exercise {} has no hints.\n", current_->id);
      print_hints(*current_, hints, ctx_.style);
      if (!hints.all_revealed)
        fmt::print("{}\n", ctx_.style.dim("Press h again for a stronger hint."));
      return -1;
    }
    case 'l':
      print_exercise_list(session_.course(), session_.progress(), ctx_.style);
      return -1;
    case 'n': {
      // Moving on needs a pass: from this watch (it moves on by itself) or a `course check` run
      // elsewhere, which only progress.json knows about.
      const Progress progress = session_.progress();
      const ExerciseProgress* p = progress.find(current_->id);
      if (p && p->state == ExerciseState::kDone) {
        const Exercise* next = session_.first_unfinished(progress);
        if (!next) fmt::print("{}\n", ctx_.style.green("Every exercise is done."));
        return move_to(next) ? 0 : -1;
      }
      fmt::print("Exercise {} does not pass yet; watch moves on by itself once it does.\n",
                 current_->id);
      return -1;
    }
    case ' ':
    case '\t':
      return -1;
    default:
      fmt::print("Unknown key '{}'. Keys: {}\n", key, kWatchKeys);
      return -1;
  }
}

int WatchSession::run() {
  const Exercise* first = starting_exercise(session_);
  if (!first) {
    fmt::print("{}\n",
               ctx_.style.green("Every exercise is done. `course status` shows your level."));
    return 0;
  }
  if (session_.progress().current_exercise != first->id) session_.make_current(*first);
  start_watching(*first);
  if (check_current()) return 0;
  for (;;) {
    std::fflush(stdout);
    const watch::WatchEvent event = loop_.next();
    switch (event.kind) {
      case watch::WatchEvent::Kind::kSignal:
        fmt::print("\nStopped watching. Your progress is saved.\n");
        return 128 + event.signal;
      case watch::WatchEvent::Kind::kChanged:
        if (check_current()) return 0;
        break;
      case watch::WatchEvent::Kind::kKey:
        if (const int code = on_key(event.key); code >= 0) return code;
        break;
      case watch::WatchEvent::Kind::kTimeout:
        break;
    }
  }
}

}  // namespace course::cli
