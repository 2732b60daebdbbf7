#include "course/grader/grader.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>
#include <random>

#include "course/checks.hpp"
#include "course/error.hpp"
#include "course/grader/case_file.hpp"
#include "course/grader/records.hpp"
#include "course/grader/resource_use.hpp"
#include "course/grader/run_plan.hpp"
#include "course/grader/scratch_dir.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kProgramOutputShown = 4096;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs beyond the first two (time_budget, deterministic) add to the phase of their kind, so a
// phase name appears once in the report.
void add_phase(ExerciseResult& result, const char* name, double seconds) {
  for (auto& phase : result.phases)
    if (phase.name == name) {
      phase.seconds += seconds;
      return;
    }
  result.phases.push_back({name, seconds});
}

std::string random_nonce() {
  std::random_device random;
  char out[33];
  for (int i = 0; i < 4; ++i) std::snprintf(out + 8 * i, 9, "%08x", random());
  return out;
}

// Signal name with a plain explanation a learner can act on.
std::string describe_signal(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "SIGSEGV (segmentation fault: memory access out of bounds, e.g. a bad index or a "
             "dangling pointer)";
    case SIGFPE:
      return "SIGFPE (arithmetic error, e.g. integer division by zero)";
    case SIGABRT:
      return "SIGABRT (abort: a failed assertion or an uncaught exception)";
    case SIGBUS:
      return "SIGBUS (bus error: misaligned or unmapped memory)";
    case SIGILL:
      return "SIGILL (illegal instruction)";
    case SIGXFSZ:
      return "SIGXFSZ (wrote a file larger than allowed)";
    case SIGKILL:
      return "SIGKILL (killed)";
    case SIGPIPE:
      return "SIGPIPE (wrote to a closed pipe)";
    default:
      return "signal " + std::to_string(sig);
  }
}

// "terminate called after throwing an instance of 'X'\n  what():  msg" → "X: msg".
std::string uncaught_exception(const std::string& err) {
  const std::string marker = "terminate called after throwing an instance of '";
  const auto at = err.find(marker);
  if (at == std::string::npos) return "";
  const auto name_end = err.find('\'', at + marker.size());
  std::string text = err.substr(at + marker.size(), name_end - at - marker.size());
  const auto what = err.find("what():", name_end);
  if (what != std::string::npos) {
    auto line_end = err.find('\n', what);
    text += ":" + err.substr(what + 7, line_end == std::string::npos ? std::string::npos
                                                                     : line_end - what - 7);
  }
  return text;
}

struct RunOutcome {
  sandbox::Result result;
  ParsedRecords parsed;
};

// What happened to a case with no record, from the runner's own evidence.
CheckpointResult unfinished(const RunOutcome& run, const Exercise& exercise) {
  CheckpointResult c;
  const auto& r = run.result;
  switch (r.outcome) {
    case sandbox::Outcome::kCpuTimeout:
    case sandbox::Outcome::kWallTimeout: {
      c.status = Status::kTimeout;
      char limits[96];
      std::snprintf(limits, sizeof limits, "%.3g s of CPU, %.3g s in all", exercise.cpu_seconds,
                    exercise.wall_seconds);
      c.message = std::string("your program ran out of time (limit ") + limits +
                  ") before finishing this checkpoint: look for an infinite loop, a wait, or a "
                  "much slower algorithm than needed";
      break;
    }
    case sandbox::Outcome::kOutputLimit:
      c.status = Status::kOutputLimit;
      c.message =
          "your program printed more than allowed and was stopped: remove printing from loops";
      break;
    case sandbox::Outcome::kSignaled: {
      if (r.stderr_data.find("std::bad_alloc") != std::string::npos) {
        c.status = Status::kMemoryLimit;
        c.message =
            "your program ran out of memory (allocation failed): look for a container that grows "
            "without bound";
        break;
      }
      c.status = Status::kCrashed;
      const std::string exception = uncaught_exception(r.stderr_data);
      c.message = exception.empty()
                      ? "your program crashed with " + describe_signal(r.signal)
                      : "your program crashed with an uncaught exception " + exception;
      break;
    }
    case sandbox::Outcome::kExited:
      c.status = Status::kFailed;
      c.message = "your program stopped (exit code " + std::to_string(r.exit_code) +
                  ") before producing a result for this checkpoint";
      if (!run.parsed.problem.empty()) c.message += "; the runner read " + run.parsed.problem;
      break;
    case sandbox::Outcome::kMemoryLimit:
      // Counted by the run's memory cgroup: all of the program's processes together; run_cases
      // keeps the default memory limit.
      c.status = Status::kMemoryLimit;
      c.message = "your program used more memory than allowed (limit " +
                  std::to_string(sandbox::Limits().cgroup_memory_bytes() >> 20) +
                  " MiB) and was stopped: look for a container that grows without bound or a "
                  "copy of a large matrix in a loop";
      break;
    case sandbox::Outcome::kSpawnFailed:
      c.status = Status::kError;
      c.message = "the runner could not start your program: " + r.error;
      break;
  }
  return c;
}

// Runs the program on the given cases (indices into the case file) in a fresh box.
RunOutcome run_cases(sandbox::ProcessRunner& runner, const fs::path& executable,
                     const CaseFile& file, const std::vector<std::size_t>& indices,
                     const Exercise& exercise) {
  // The box lives under /tmp, not the workspace: when the runner drops to an unprivileged uid
  // (as root), that uid must be able to reach the program even if the workspace, or $TMPDIR, is
  // a private (0700) directory. /tmp is world-traversable by definition.
  const fs::path runs_parent = ::geteuid() == 0 ? fs::path("/tmp") : fs::temp_directory_path();
  // Once per process: the boxes of runs killed before their cleanup (kill -9, a CI timeout).
  static const int swept = sweep_stale_scratch_dirs(runs_parent, "course-run-");
  (void)swept;
  ScratchDir run_dir(runs_parent, "course-run-");
  ::chmod(run_dir.path().c_str(), 0755);
  const fs::path program = run_dir.path() / "program";
  fs::copy_file(executable, program);
  ::chmod(program.c_str(), 0755);
  const std::string nonce = random_nonce();
  const fs::path input = run_dir.path() / "cases.jsonl";
  {
    std::ofstream out(input, std::ios::binary);
    for (std::size_t i = 0; i < indices.size(); ++i)
      out << nlohmann::json{{"case", i}, {"nonce", nonce}, {"input", file.cases[indices[i]].input}}
                 .dump()
          << "\n";
  }
  ::chmod(input.c_str(), 0644);
  const fs::path box = run_dir.path() / "box";
  fs::create_directory(box);

  sandbox::Spec spec;
  spec.argv = {program.string()};
  spec.env = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=/nonexistent", "TMPDIR=" + box.string()};
  spec.cwd = box.string();
  spec.stdin_path = input.string();
  spec.result_channel = true;
  spec.limits.cpu_seconds = exercise.cpu_seconds;
  spec.limits.wall_seconds = exercise.wall_seconds;
  spec.limits.processes = 8;
  RunOutcome out;
  out.result = runner.run(spec);
  out.parsed = parse_records(out.result.channel_data, nonce, indices.size());
  return out;
}

// What a learner sees of a hidden checkpoint: its status, and for a failure only what the check
// marked safe to show (the kind of failure, never an input, expected value or output).
std::string hidden_message(Status status, const std::string& public_message) {
  switch (status) {
    case Status::kPassed:
      return "";
    case Status::kFailed:
      if (!public_message.empty()) return "hidden checkpoint failed: " + public_message;
      // The check gave no safe wording of its own: say only that the result is off, and point at
      // the title, which states what the checkpoint measures.
      return "hidden checkpoint failed: on data you have not seen, your result is not the "
             "expected one; reread what the checkpoint's title asks for";
    default:
      return std::string("hidden checkpoint: ") + status_name(status);
  }
}

// The processes of one grade (run_plan.hpp) and what came back from each.
struct Runs {
  const RunPlan& plan;
  std::vector<RunOutcome> outcomes;
  std::vector<bool> ran;
};

// A checkpoint's verdict so far; `public_message` is the check's hidden-safe wording.
struct Judging {
  CheckpointResult result;
  std::string public_message;
  bool failed() const { return result.status != Status::kPassed; }
  void fail(Status status, std::string message, std::string safe = "") {
    result.status = status;
    result.message = std::move(message);
    public_message = std::move(safe);
  }
};

// The record of case `index` in run `r`, or null after explaining in `j` why it cannot be judged:
// the run did not happen, the record never arrived, or the run broke the record protocol (a
// missing, repeated, forged or out-of-order record taints the whole run, including records that
// came before it: the child was writing results it did not compute through the harness).
const CaseRecord* judgeable(const Runs& runs, std::size_t r, std::size_t index,
                            const Exercise& exercise, Judging& j) {
  if (!runs.ran[r]) {
    j.fail(Status::kSkipped, "not run: your program crashed or ran out of time on earlier cases");
    return nullptr;
  }
  const RunOutcome& run = runs.outcomes[r];
  const auto& indices = runs.plan.runs[r];
  const auto slot =
      std::size_t(std::lower_bound(indices.begin(), indices.end(), index) - indices.begin());
  const CaseRecord& record = run.parsed.records.at(slot);
  if (!record.present) {
    const CheckpointResult missing = unfinished(run, exercise);
    j.fail(missing.status, missing.message);
    return nullptr;
  }
  if (!run.parsed.problem.empty()) {
    j.fail(Status::kFailed,
           "the runner read " + run.parsed.problem +
               ": results come only from the harness, so do not write to file descriptor 3",
           "your program wrote results the harness did not produce");
    return nullptr;
  }
  if (record.raised && record.error_type == "std::bad_alloc") {
    j.fail(Status::kMemoryLimit,
           "your code ran out of memory (std::bad_alloc): look for a container that grows without "
           "bound");
    return nullptr;
  }
  return &record;
}

CaseOutput case_output(const std::string& case_id, const CaseRecord& record, const Case& c) {
  CaseOutput out;
  out.case_id = case_id;
  out.output = record.raised ? nullptr : &record.output;
  out.expected = &c.expected;
  if (record.raised) out.error_type = record.error_type;
  out.error_message = record.error_message;
  return out;
}

Judging judge_checkpoint(const Exercise& exercise, std::size_t i, const Runs& runs,
                         const CaseFile& cases) {
  const Checkpoint& checkpoint = exercise.checkpoints[i];
  Judging j;
  j.result = {checkpoint.id,    checkpoint.title, Status::kPassed, 0, checkpoint.points, "", 0,
              checkpoint.hidden};
  const Check* check = find_check(checkpoint.check);
  double reported = 0;
  for (std::size_t k = 0; k < checkpoint.cases.size() && !j.failed(); ++k) {
    const std::size_t index = cases.index_of(checkpoint.cases[k]);
    const CaseRecord* record = judgeable(runs, runs.plan.primary[i][k], index, exercise, j);
    if (!record) break;
    reported += record->seconds;
    CaseOutput out = case_output(checkpoint.cases[k], *record, cases.cases[index]);
    CaseOutput again;
    if (const auto r = runs.plan.repeat[i]) {
      const CaseRecord* second = judgeable(runs, *r, index, exercise, j);
      if (!second) break;
      again = case_output(checkpoint.cases[k], *second, cases.cases[index]);
      out.repeat = &again;
    }
    const Verdict verdict = check->judge(checkpoint.params, out);
    if (!verdict.passed) j.fail(Status::kFailed, verdict.message, verdict.public_message);
  }
  j.result.seconds = reported;
  if (!j.failed() && check->needs_own_run()) {
    const auto& measured = runs.outcomes[runs.plan.primary[i].front()].result;
    RunFacts facts;
    facts.cpu_seconds = measured.cpu_seconds;
    facts.wall_seconds = measured.wall_seconds;
    facts.reported_seconds = reported;
    if (const auto b = runs.plan.baseline[i]) {
      // The yardstick must have finished its case, or there is nothing to compare with.
      const std::size_t index = runs.plan.runs[*b].front();
      if (!judgeable(runs, *b, index, exercise, j)) return j;
      facts.baseline_cpu_seconds = runs.outcomes[*b].result.cpu_seconds;
    }
    const Verdict verdict = check->judge_run(checkpoint.params, facts);
    if (!verdict.passed) j.fail(Status::kFailed, verdict.message, verdict.public_message);
  }
  return j;
}

}  // namespace

Grader::Grader(Toolchain toolchain, sandbox::ProcessRunner& runner)
    : builder_(std::move(toolchain), runner), runner_(runner) {}

ExerciseResult Grader::grade(const GradeRequest& request) {
  const Course& course = *request.course;
  const Exercise& exercise = *request.exercise;
  ExerciseResult result;
  result.exercise_id = exercise.id;
  result.title = exercise.title;
  result.file = request.learner_display;
  result.isolation = "none";

  const CaseFile cases =
      load_case_file(course.cases_path(exercise), "assessments/" + exercise.cases);
  for (const auto& checkpoint : exercise.checkpoints) {
    std::vector<std::string> named = checkpoint.cases;
    if (const auto baseline = find_check(checkpoint.check)->baseline_case(checkpoint.params))
      named.push_back(*baseline);
    for (const auto& id : named)
      if (!cases.find(id))
        fail_input(course.module_of(exercise.id) ? "modules/" + course.module_of(exercise.id)->file
                                                 : "the assessment of exercise " + exercise.id,
                   "exercise " + exercise.id + " checkpoint '" + checkpoint.id + "' names case '" +
                       id + "', which assessments/" + exercise.cases + " does not have");
  }

  if (!fs::is_regular_file(request.learner_file))
    fail_input(request.learner_display,
               "not found: restore it with `course reset " + exercise.id + "`");

  BuildRequest build;
  build.learner_source = request.learner_file;
  build.learner_display = request.learner_display;
  build.header_dir = (course.root / "exercises" / exercise.file).parent_path();
  build.harness_source = course.harness_path(exercise);
  build.cache_dir = request.cache_dir;
  const BuildResult built = builder_.build(build);
  result.source_hash = built.source_hash;
  result.compile_seconds = built.seconds;
  result.compile_cached = built.cached;
  result.phases = built.phases;
  result.resources = built.resources;
  result.compiler_output = built.output;
  if (!built.isolation.empty()) result.isolation = built.isolation;
  result.diagnostics = built.diagnostics;

  if (!built.ok) {
    for (const auto& checkpoint : exercise.checkpoints)
      result.checkpoints.push_back(
          {checkpoint.id, checkpoint.title, Status::kCompileError, 0, checkpoint.points,
           "your file does not compile: fix the first error shown", 0, checkpoint.hidden});
    return result;
  }

  // Which processes run which cases: run_plan.hpp. A program that timed out or crashed in one
  // run would most likely do the same in the next: do not make the learner wait for the limit
  // again; the checkpoints that needed the later runs are skipped.
  const RunPlan plan = plan_runs(exercise, cases);
  Runs runs{plan, std::vector<RunOutcome>(plan.runs.size()), std::vector<bool>(plan.runs.size())};
  for (std::size_t r = 0; r < plan.runs.size(); ++r) {
    if (r > 0 && runs.outcomes[r - 1].result.outcome != sandbox::Outcome::kExited) break;
    const auto run_start = std::chrono::steady_clock::now();
    runs.outcomes[r] = run_cases(runner_, built.executable, cases, plan.runs[r], exercise);
    // Phase names: the shown run is "run_visible"; every other run counts as "run_hidden".
    const bool visible_run = plan.shown && *plan.shown == r;
    const char* phase = visible_run ? "run_visible" : "run_hidden";
    add_phase(result, phase, seconds_since(run_start));
    result.resources.push_back(resource_use(phase, runs.outcomes[r].result));
    runs.ran[r] = true;
    result.run_seconds += runs.outcomes[r].result.wall_seconds;
    result.isolation = runs.outcomes[r].result.isolation;
  }
  if (plan.shown) {
    const auto& shown = runs.outcomes[*plan.shown].result;
    result.program_output = (shown.stdout_data + shown.stderr_data).substr(0, kProgramOutputShown);
  }
  const auto judge_start = std::chrono::steady_clock::now();

  for (std::size_t i = 0; i < exercise.checkpoints.size(); ++i) {
    Judging j = judge_checkpoint(exercise, i, runs, cases);
    CheckpointResult& c = j.result;
    if (c.status == Status::kPassed) c.points = c.max_points;
    if (c.hidden && c.status != Status::kSkipped && !request.reveal_hidden)
      c.message = hidden_message(c.status, j.public_message);
    result.checkpoints.push_back(std::move(c));
  }
  add_phase(result, "judge", seconds_since(judge_start));
  return result;
}

}  // namespace course
