// Which processes of the learner's program a grade needs, and which cases each one runs.
//
// - Cases of visible checkpoints run together in one process: its stdout/stderr is shown to the
//   learner as feedback.
// - Cases only hidden checkpoints use run in another, whose output is never shown, so printing a
//   hidden input reveals nothing.
// - A checkpoint whose check needs_own_run() (time_budget) runs its cases alone in a process, so
//   the runner's CPU measurement of that process is about them only. When the check names a
//   baseline_case() (speedup), that case runs alone in a process just before, as the yardstick.
// - The cases of checkpoints whose check runs_twice() (deterministic) run once more, together, in
//   a last process: nothing from the first run survives into it.
// Cases no checkpoint names are not run. Every extra process is paid for by the checkpoints that
// ask for it; an exercise using only ordinary checks costs one or two runs, as before.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "course/content.hpp"
#include "course/grader/case_file.hpp"

namespace course {

struct RunPlan {
  // Case indices (into CaseFile::cases) of each run, in the order the runs happen. Within a run
  // the cases keep the case file's order.
  std::vector<std::vector<std::size_t>> runs;
  // Per checkpoint (exercise order), per case of it (checkpoint order): the run whose record
  // judges that case. A hidden checkpoint may share cases with visible ones (visible run).
  std::vector<std::vector<std::size_t>> primary;
  // Per checkpoint: the second run, holding all its cases, for checks that runs_twice().
  std::vector<std::optional<std::size_t>> repeat;
  // Per checkpoint: the run holding only its check's baseline case, for checks that have one.
  std::vector<std::optional<std::size_t>> baseline;
  // The run whose output the learner may see (the visible cases' run), if any.
  std::optional<std::size_t> shown;
};

// Requires every checkpoint's check to be registered and its cases to exist in `cases` (the
// content loader and the grader check both first).
RunPlan plan_runs(const Exercise& exercise, const CaseFile& cases);

}  // namespace course
