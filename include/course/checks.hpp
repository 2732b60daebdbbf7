// Named checks: how the trusted parent judges one checkpoint from the child's outputs.
//
// A check compares what the child produced for each of a checkpoint's cases with the expected
// value the parent holds (the child never sees it). Module YAML names a check and gives its
// parameters; validate() rejects bad parameters when the course is loaded, so a typo in content
// fails `course validate`, not a learner's check. Adding a check = one class in
// src/course/checks/ + one registry line in src/course/checks.cpp.
//
// Most checks judge one case at a time (judge()). Two need more from the grader, and say so:
// - runs_twice(): the checkpoint's cases run again in a second, separate process, and judge()
//   sees both records (CaseOutput::repeat). Used by `deterministic`.
// - needs_own_run(): the checkpoint's cases run in a process of their own, so what the runner
//   measures about that process concerns them alone; judge_run() then sees those measurements
//   once every case passed judge(). Used by `time_budget`.
// - baseline_case(): (with needs_own_run()) one more case runs alone in another process as the
//   yardstick, and judge_run() also sees that process's CPU time. Used by `speedup`.
// Checkpoints whose check asks for neither cost nothing extra.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "course/content.hpp"

namespace course {

// What the child reported for one case.
struct CaseOutput {
  std::string case_id;
  const nlohmann::json* output = nullptr;  // The returned value; null when it raised.
  const nlohmann::json* expected =
      nullptr;                            // The parent's expected value (never sent to the child).
  std::optional<std::string> error_type;  // Set when the learner's code threw.
  std::string error_message;
  // For checks that runs_twice(): the same case as reported by the second, separate run (its
  // `expected` is the same). Null for every other check.
  const CaseOutput* repeat = nullptr;
};

// What the runner measured about the process that ran one checkpoint's cases (needs_own_run()).
struct RunFacts {
  // CPU time of the whole process (start-up, reading the cases, learner code), measured by the
  // runner (or the sandbox's trusted init) from outside. Authoritative: the child cannot lower it.
  double cpu_seconds = 0;
  double wall_seconds = 0;  // The runner's own timer; includes waiting for a busy machine.
  // Sum of the harness's per-case timings of the learner code, measured inside the child with
  // steady_clock. Informative only: learner code linked into the same program can fake its clock.
  double reported_seconds = 0;
  // For checks with a baseline_case(): the CPU time of the process that ran that case alone.
  std::optional<double> baseline_cpu_seconds;
};

struct Verdict {
  bool passed = false;
  std::string message;  // For a learner: what was expected and what came back.
  // What may be shown for a hidden checkpoint: the kind of failure without any input, expected
  // value or output ("your split repeats an index"). "" = the grader's generic hidden message.
  std::string public_message;

  static Verdict pass() { return {true, "", ""}; }
  static Verdict fail(std::string message, std::string public_message = "") {
    return {false, std::move(message), std::move(public_message)};
  }
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const char* name() const = 0;
  // Throws std::invalid_argument naming the bad or unknown parameter.
  virtual void validate(const CheckParams& params) const = 0;
  // Judges one case. Called only for cases whose record (and repeat record) arrived intact.
  virtual Verdict judge(const CheckParams& params, const CaseOutput& out) const = 0;

  // See the file comment. Both cost the learner a run of the program, so only checks that cannot
  // judge without them say yes.
  virtual bool runs_twice() const { return false; }
  virtual bool needs_own_run() const { return false; }
  virtual std::optional<std::string> baseline_case(const CheckParams&) const {
    return std::nullopt;
  }
  // Called once per checkpoint, after every case passed judge(), when needs_own_run().
  virtual Verdict judge_run(const CheckParams& params, const RunFacts& facts) const;
};

// The registry. find_check returns nullptr for an unknown name.
const Check* find_check(const std::string& name);
std::string known_check_names();  // "approx, deterministic, exact, …" (sorted)

}  // namespace course
