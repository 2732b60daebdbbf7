// The canonical result of grading one exercise: what every report format renders.
#pragma once

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
