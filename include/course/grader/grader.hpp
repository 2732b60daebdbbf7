// Grading one exercise: build → run in the sandbox → judge each checkpoint in the parent.
//
// The learner's program receives only case inputs. Cases used only by hidden checkpoints run in
// a separate process whose output is never shown, so printing a hidden input reveals nothing;
// checks that need more (a second run, a run of their own) get it (run_plan.hpp). A run that
// breaks the record protocol anywhere fails every checkpoint judged from it.
// Nothing the child prints, no exit code and no file it writes can pass a checkpoint: verdicts
// come from the records on the result channel, judged against expectations the child never sees.
#pragma once

#include <filesystem>
#include <string>

#include "course/content.hpp"
#include "course/grader/builder.hpp"
#include "course/result.hpp"
#include "sandbox/process_runner.hpp"

namespace course {

struct GradeRequest {
  const Course* course = nullptr;
  const Exercise* exercise = nullptr;
  std::filesystem::path learner_file;  // Absolute path of the learner's file.
  std::string learner_display;         // Workspace-relative, for messages.
  std::filesystem::path cache_dir;     // Workspace .course/cache.
  bool reveal_hidden = false;          // Instructor/author runs: keep hidden checkpoints' messages.
};

class Grader {
 public:
  Grader(Toolchain toolchain, sandbox::ProcessRunner& runner);
  // A learner's failure is a result; throws only for content errors (InputError) and
  // infrastructure faults (Error kInternal).
  ExerciseResult grade(const GradeRequest& request);

 private:
  Builder builder_;
  sandbox::ProcessRunner& runner_;
};

}  // namespace course
