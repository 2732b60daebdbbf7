// The learner's commands as engine operations. Each loads what it needs, does the work, records
// progress through the ProgressStore, and returns values; the CLI renders them. Nothing prints.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/grade/submission.hpp"
#include "course/grader/grader.hpp"
#include "course/progress.hpp"
#include "course/progress_store.hpp"
#include "course/workspace.hpp"

namespace course {

struct CheckOutcome {
  ExerciseResult result;
  bool newly_completed = false;        // This attempt finished the exercise for the first time.
  std::optional<LevelEvent> level_up;  // Set when this attempt raised the learner's level.
  // The module this attempt completed (its last unfinished exercise passed for the first time),
  // so the CLI can offer the module's reflection prompts; nullptr otherwise.
  const Module* module_completed = nullptr;
  const Exercise* next = nullptr;  // What to do next (nullptr when everything is done).
};

// One attempt at a checkpoint exam or the capstone from the learner's workspace.
struct ExamOutcome {
  SubmissionResult result;             // The whole assessment, graded as `course grade` would.
  bool newly_passed = false;           // This attempt reached the pass mark for the first time.
  std::optional<LevelEvent> level_up;  // Set when this attempt raised the learner's level.
};

struct HintOutcome {
  std::vector<std::string> revealed;  // Every hint revealed so far, in order.
  bool all_revealed = false;          // No more hints after these.
};

class LearnerSession {
 public:
  LearnerSession(const Course& course, Workspace workspace);

  const Course& course() const { return course_; }
  const Workspace& workspace() const { return workspace_; }
  ProgressStore& store() { return store_; }

  Progress progress() const { return store_.load(); }

  // The exercise `id`, or the current one when id is empty. Throws InputError (exit 2) for an
  // unknown id, with a "did you mean" suggestion.
  const Exercise& exercise(const std::string& id) const;
  // The first exercise not done, in course order (nullptr when all are done).
  const Exercise* first_unfinished(const Progress& progress) const;

  // Grades the exercise and records the attempt (attempts, best score, last results, state,
  // source hash, timestamps, level). Progress is saved only after grading, under the lock, so a
  // kill mid-compile changes nothing.
  CheckOutcome check(const Exercise& exercise, Grader& grader);
  // Grades every exercise and document of a written assessment in this workspace, exactly as
  // `course grade` grades a submission (the workspace is the submission; criteria an instructor
  // marks by hand count 0 here), and records the score in progress.exams.
  ExamOutcome take_exam(const Assessment& assessment, Grader& grader);

  // `course check --all`: every exercise in course order. One whose file is missing or still
  // byte-identical to the course's starter is not graded and not recorded: its result says so
  // (ExerciseResult::not_started) and counts as failed. The others go through check().
  // `on_start` (may be empty) is called before each exercise, so the CLI can show progress.
  std::vector<CheckOutcome> check_all(Grader& grader,
                                      const std::function<void(const Exercise&)>& on_start = {});

  // Why `exercise` counts as not started ("exercises/… is missing", "… is still the starter
  // code"), or "" when the learner has changed it.
  std::string not_started_reason(const Exercise& exercise) const;

  // Reveals one more hint (or re-shows them all when none is left) and records the count.
  HintOutcome hint(const Exercise& exercise);

  // Marks `exercise` as the current one (what `course next` shows).
  void make_current(const Exercise& exercise);

 private:
  const Course& course_;
  Workspace workspace_;
  mutable ProgressStore store_;
};

// The result for an exercise that was not started: every checkpoint kSkipped with `reason`,
// 0 points out of its maximum, nothing compiled or run.
ExerciseResult not_started_result(const Exercise& exercise, const std::string& reason);

// Closest known exercise id to `typo` (for "did you mean"), or "" when none is close.
std::string suggest_exercise(const Course& course, const std::string& typo);

}  // namespace course
