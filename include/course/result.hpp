// The canonical result of grading one exercise: what every report format renders.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace course {

constexpr int kResultFormatVersion = 1;

enum class Status {
  kPassed,
  kFailed,        // Ran, wrong answer (or a missing/forged record).
  kCompileError,  // The learner's file did not compile.
  kTimeout,       // CPU or wall limit.
  kMemoryLimit,   // Address-space limit (allocation failed).
  kCrashed,       // Died of a signal (segfault, abort, …) or uncaught exception.
  kOutputLimit,   // Printed more than the cap.
  kSkipped,       // Not run because something it depends on failed.
  kError,         // Infrastructure fault: not the learner's doing.
};
const char* status_name(Status status);  // "passed", "failed", "compile_error", …

struct CheckpointResult {
  std::string id;
  std::string title;
  Status status = Status::kError;
  int points = 0;
  int max_points = 0;
  std::string message;  // Actionable; for hidden checkpoints never shows inputs or outputs.
  double seconds = 0;   // Learner code time on this checkpoint's cases (measured in the child).
  bool hidden = false;
};

// One compiler diagnostic, with the path as the learner knows it (workspace-relative).
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string severity;  // "error", "warning", "note"
  std::string message;
};

// Where a check's time went, phase by phase ("pch", "compile", "harness", "link", "run_visible",
// "run_hidden", "judge"), in order; only the phases that ran.
struct PhaseTiming {
  std::string name;
  double seconds = 0;
};

// What the runner measured of one sandboxed process the grade started: "compile" (the learner's
// file; the course's harness and precompiled header are the course's cost, not the learner's),
// "link", "run_visible", "run_hidden" (every run but the shown one: a grade may have several).
// Copied from sandbox::Result, so readers of the result need not know the sandbox.
struct ResourceUse {
  std::string name;
  std::string outcome;      // sandbox::outcome_name: "exited", "cpu_timeout", …
  double wall_seconds = 0;  // The runner's timer.
  double cpu_seconds = 0;   // The kernel's count for the run's cgroup when it has one (helpers
                            // included), else user + system of the program and its children.
  std::uint64_t memory_peak_bytes = 0;  // Peak of all the run's processes together; 0 = not
                                        // measured (no memory cgroup).
  std::uint64_t oom_kills = 0;
  std::uint64_t pids_limit_events = 0;  // fork()/clone() refused by the process limit.
  std::string cgroup = "none";          // "v2", "v1" or "none": where the numbers come from.
};

struct ExerciseResult {
  std::string exercise_id;
  std::string title;
  std::string file;  // Learner's file, workspace-relative.
  std::vector<CheckpointResult> checkpoints;
  std::string compiler_output;  // Trimmed, learner's file first ("" when it compiled cleanly).
  std::vector<Diagnostic> diagnostics;
  std::string program_output;  // Head of the learner program's stdout+stderr, for feedback.
  std::string isolation;       // "bwrap" or "degraded" (sandbox/isolation.hpp); "none" when
                               // nothing ran.
  bool compile_cached = false;
  double compile_seconds = 0;
  double run_seconds = 0;
  std::vector<PhaseTiming> phases;  // Finer than compile/run seconds; may be empty.
  // One entry per sandboxed process, in the order they ran; a compile or link taken from the
  // cache adds none, so a cached check has only its runs. Empty when nothing ran.
  std::vector<ResourceUse> resources;
  std::string source_hash;
  // `course check --all` found the learner's file missing or still the starter: nothing was
  // compiled or run; every checkpoint is kSkipped with a "not started" message and the exercise
  // counts as failed (the report formats show it as a failure, not as a skip).
  bool not_started = false;

  int points() const;
  int max_points() const;
  bool passed() const;  // Every checkpoint passed.
};

}  // namespace course
