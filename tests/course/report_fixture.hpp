// Hand-built results for the report-format tests: every status, a hidden checkpoint passed and
// failed, a compile error with diagnostics, an exercise not started, and text that each format
// must escape (XML specials, control characters, invalid UTF-8, %, ',', ':', '|', newlines).
#pragma once

#include <vector>

#include "course/content.hpp"
#include "course/learner_session.hpp"
#include "course/result.hpp"

namespace course_test {

// 1.1 ran: passed, failed, crashed, timeout, memory_limit, output_limit, skipped, hidden
// failed, hidden passed; its program printed an escape sequence and an invalid byte. The runner
// measured its compile, link and three runs (two hidden: their names repeat), one OOM-killed.
inline course::ExerciseResult ran_exercise() {
  using course::Status;
  course::ExerciseResult r;
  r.exercise_id = "1.1";
  r.title = "Data quality <checks> & \"friends\"";
  r.file = "exercises/01-data-validation/quality_checks.cpp";
  r.isolation = "bwrap";
  r.compile_seconds = 1.5;
  r.run_seconds = 0.25;
  r.source_hash = "5c0f6bd1e2a9d4f7";
  r.program_output = "debug: 50% done\n\x1b[31mred\x1b[0m \xff<end>\n";
  r.resources = {
      {"compile", "exited", 1.25, 1.125, 183500800, 0, 0, "v2"},
      {"link", "exited", 0.125, 0.0625, 52428800, 0, 0, "v2"},
      {"run_visible", "exited", 0.125, 0.03125, 12400000, 0, 0, "v2"},
      {"run_hidden", "memory_limit", 0.0625, 0.015625, 603979776, 1, 0, "v2"},
      {"run_hidden", "exited", 0.0625, 0.015625, 8388608, 0, 2, "v2"},
  };
  r.checkpoints = {
      {"missing-values", "Finds missing values", Status::kPassed, 2, 2, "", 0.0012, false},
      {"out-of-range", "Flags HP < 1 or > 255", Status::kFailed, 0, 2,
       "expected 13 issues, got 12\nmissed 1, e.g. (row 5, column hp, kind out_of_range)", 0.0034,
       false},
      {"duplicate-ids", "Finds duplicate ids", Status::kCrashed, 0, 2,
       "your program crashed: SIGSEGV (segmentation fault)\nAddressSanitizer: heap-buffer-overflow",
       0.5, false},
      {"categories", "Checks categories", Status::kTimeout, 0, 2,
       "your program ran out of time (limit 5 s CPU): 100% used", 5.0, false},
      {"big-input", "Handles 1e6 rows", Status::kMemoryLimit, 0, 1,
       "your program ran out of memory\x07 (limit 512 MiB)", 0.75, false},
      {"quiet", "Prints nothing", Status::kOutputLimit, 0, 1,
       "your program printed more than 64 KiB and was stopped", 0.1, false},
      {"clean-sample", "No false alarms", Status::kSkipped, 0, 1,
       "not run: your program did not finish the visible checkpoints", 0, false},
      {"mixed-hidden", "Every kind at once", Status::kFailed, 0, 3,
       "hidden checkpoint failed: your code gives a wrong result on data you have not seen", 0.002,
       true},
      {"edge-hidden", "Edge cases", Status::kPassed, 2, 2, "", 0.001, true},
  };
  return r;
}

// 1.2 did not compile: diagnostics whose text needs GitHub escaping (%, ',', ':', newline).
inline course::ExerciseResult compile_error_exercise() {
  using course::Status;
  course::ExerciseResult r;
  r.exercise_id = "1.2";
  r.title = "Scaling, 100%";
  r.file = "exercises/02-eda/scale,v2.cpp";
  r.isolation = "bwrap";
  r.compile_seconds = 0.8;
  // A runner without a memory cgroup: no peak (0), the rusage CPU.
  r.resources = {{"compile", "exited", 0.75, 0.5, 0, 0, 0, "none"}};
  r.compiler_output =
      "exercises/02-eda/scale,v2.cpp:12:5: error: expected ';' before '}' token\n"
      "   12 |   return x\n"
      "      |           ^\n";
  r.diagnostics = {
      {"exercises/02-eda/scale,v2.cpp", 12, 5, "error", "expected ';' before '}' token"},
      {"exercises/02-eda/scale,v2.cpp", 3, 1, "warning",
       "unused variable 'y' [-Wunused-variable]\n100% sure"},
      {"include/course/exercise/harness.hpp", 40, 0, "note", "in expansion of macro: CHECK"},
  };
  const char* message = "your file does not compile: fix the first error shown";
  r.checkpoints = {
      {"scale", "Scales to [0, 1]", Status::kCompileError, 0, 2, message, 0, false},
      {"hidden-scale", "Scales unseen data", Status::kCompileError, 0, 2, message, 0, true},
  };
  return r;
}

// 1.3 was never started: built by the engine's own not_started_result.
inline course::ExerciseResult not_started_exercise() {
  course::Exercise e;
  e.id = "1.3";
  e.title = "Train | test split";
  e.file = "03-training/split.cpp";
  course::Checkpoint a, b;
  a.id = "sizes", a.title = "Split sizes", a.points = 2;
  b.id = "hidden-strata", b.title = "Stratified", b.points = 3, b.hidden = true;
  e.checkpoints = {a, b};
  return course::not_started_result(e, "exercises/03-training/split.cpp is still the starter code");
}

inline std::vector<course::ExerciseResult> workspace_results() {
  return {ran_exercise(), compile_error_exercise(), not_started_exercise()};
}

}  // namespace course_test
