#include "course/grader/grader.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "course/checks.hpp"
#include "course/error.hpp"
#include "course/grader/case_file.hpp"
#include "course/grader/records.hpp"
#include "course/grader/scratch_dir.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kProgramOutputShown = 4096;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
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
  ScratchDir run_dir(::geteuid() == 0 ? fs::path("/tmp") : fs::temp_directory_path(),
                     "course-run-");
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

std::string hidden_message(Status status) {
  switch (status) {
    case Status::kPassed:
      return "";
    case Status::kFailed:
      return "hidden checkpoint failed: your code gives a wrong result on data you have not seen; "
             "test edge cases";
    default:
      return std::string("hidden checkpoint: ") + status_name(status);
  }
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
  for (const auto& checkpoint : exercise.checkpoints)
    for (const auto& id : checkpoint.cases)
      if (!cases.find(id))
        fail_input("modules/" + course.module_of(exercise.id)->file,
                   "exercise " + exercise.id + " checkpoint '" + checkpoint.id + "' names case '" +
                       id + "', which assessments/" + exercise.cases + " does not have");

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

  // Cases seen by a visible checkpoint run in one process (its output is shown); cases only
  // hidden checkpoints use run in another (its output is never shown).
  std::set<std::string> visible_cases;
  for (const auto& checkpoint : exercise.checkpoints)
    if (!checkpoint.hidden) visible_cases.insert(checkpoint.cases.begin(), checkpoint.cases.end());
  std::vector<std::size_t> groups[2];
  for (std::size_t i = 0; i < cases.cases.size(); ++i)
    groups[visible_cases.count(cases.cases[i].id) ? 0 : 1].push_back(i);

  std::map<std::size_t, std::pair<const RunOutcome*, std::size_t>> where;  // case → (run, slot)
  RunOutcome runs[2];
  bool hidden_skipped = false;
  for (int g = 0; g < 2; ++g) {
    if (groups[g].empty()) continue;
    // A program that timed out or crashed on the visible cases would most likely do the same
    // on the hidden ones: do not make the learner wait for the limit twice.
    if (g == 1 && !groups[0].empty() && runs[0].result.outcome != sandbox::Outcome::kExited) {
      hidden_skipped = true;
      break;
    }
    const auto run_start = std::chrono::steady_clock::now();
    runs[g] = run_cases(runner_, built.executable, cases, groups[g], exercise);
    result.phases.push_back({g == 0 ? "run_visible" : "run_hidden", seconds_since(run_start)});
    result.run_seconds += runs[g].result.wall_seconds;
    result.isolation = runs[g].result.isolation;
    for (std::size_t slot = 0; slot < groups[g].size(); ++slot)
      where[groups[g][slot]] = {&runs[g], slot};
  }
  const auto judge_start = std::chrono::steady_clock::now();
  const auto& shown = runs[0].result;
  result.program_output = (shown.stdout_data + shown.stderr_data).substr(0, kProgramOutputShown);

  for (const auto& checkpoint : exercise.checkpoints) {
    CheckpointResult c{
        checkpoint.id,    checkpoint.title, Status::kPassed, 0, checkpoint.points, "", 0,
        checkpoint.hidden};
    const Check* check = find_check(checkpoint.check);
    for (const auto& case_id : checkpoint.cases) {
      const std::size_t index = cases.index_of(case_id);
      if (!where.count(index) && hidden_skipped) {
        c.status = Status::kSkipped;
        c.message = "not run: your program did not finish the visible checkpoints";
        break;
      }
      const auto [run, slot] = where.at(index);
      const CaseRecord& record = run->parsed.records[slot];
      if (!record.present) {
        const CheckpointResult missing = unfinished(*run, exercise);
        c.status = missing.status;
        c.message = missing.message;
        break;
      }
      c.seconds += record.seconds;
      if (record.raised && record.error_type == "std::bad_alloc") {
        c.status = Status::kMemoryLimit;
        c.message =
            "your code ran out of memory (std::bad_alloc): look for a container that grows without "
            "bound";
        break;
      }
      CaseOutput out;
      out.case_id = case_id;
      out.output = record.raised ? nullptr : &record.output;
      out.expected = &cases.cases[index].expected;
      if (record.raised) out.error_type = record.error_type;
      out.error_message = record.error_message;
      const Verdict verdict = check->judge(checkpoint.params, out);
      if (!verdict.passed) {
        c.status = Status::kFailed;
        c.message = verdict.message;
        break;
      }
    }
    if (c.status == Status::kPassed) c.points = checkpoint.points;
    if (checkpoint.hidden && c.status != Status::kSkipped && !request.reveal_hidden)
      c.message = hidden_message(c.status);
    result.checkpoints.push_back(std::move(c));
  }
  result.phases.push_back({"judge", seconds_since(judge_start)});
  return result;
}

}  // namespace course
