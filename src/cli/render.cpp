#include "render.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>

#include "sandbox/isolation.hpp"

namespace course::cli {

std::string indent(const std::string& text, const std::string& pad) {
  std::istringstream lines(text);
  std::string line, out;
  while (std::getline(lines, line)) out += pad + line + "\n";
  return out;
}

std::string percent(double fraction) {
  return std::to_string(int(std::lround(fraction * 100))) + "%";
}

std::string progress_bar(int done, int total, int width) {
  const int filled = total > 0 ? done * width / total : 0;
  return "[" + std::string(std::size_t(filled), '#') +
         std::string(std::size_t(width - filled), '-') + "] " + std::to_string(done) + "/" +
         std::to_string(total);
}

namespace {

// --verbose: what the learner's program used across its runs (compile and link are the
// toolchain's), e.g. "peak memory 12.4 MB · CPU 0.03 s (cgroup v1)"; "" when it did not run.
std::string program_resources(const ExerciseResult& r) {
  std::uint64_t peak = 0;
  double cpu = 0;
  std::string cgroup;
  for (const auto& use : r.resources) {
    if (use.name.rfind("run_", 0) != 0) continue;
    peak = std::max(peak, use.memory_peak_bytes);
    cpu += use.cpu_seconds;
    cgroup = use.cgroup;
  }
  if (cgroup.empty()) return "";
  if (cgroup == "none") return fmt::format("CPU {:.2f} s (no cgroup: memory not measured)", cpu);
  return fmt::format("peak memory {:.1f} MB · CPU {:.2f} s (cgroup {})", double(peak) / 1e6, cpu,
                     cgroup);
}

}  // namespace

std::string format_result(const ExerciseResult& r, const Style& style, bool verbose) {
  std::string out;
  if (r.not_started) {
    const std::string why = r.checkpoints.empty() ? "not started" : r.checkpoints.front().message;
    return fmt::format("{} {} {}  {}\n", style.fail_mark(), style.bold("Exercise " + r.exercise_id),
                       r.title, style.red(why));
  }
  out += fmt::format("{} {} {}\n", style.bold("Exercise " + r.exercise_id), r.title,
                     style.dim("(" + r.file + ")"));
  if (!r.compiler_output.empty()) {
    const bool failed =
        !r.checkpoints.empty() && r.checkpoints.front().status == Status::kCompileError;
    out += fmt::format(
        "\n{}\n{}", failed ? style.red("Compilation failed:") : style.yellow("Compiler warnings:"),
        indent(r.compiler_output, "  "));
  }
  out += "\n";
  std::string last_message;  // A reason shared by consecutive checkpoints is printed once.
  for (const auto& c : r.checkpoints) {
    const bool ok = c.status == Status::kPassed;
    std::string label = c.title;
    if (c.hidden) label += style.dim(" (hidden)");
    std::string status = ok ? "" : " " + style.red(std::string("[") + status_name(c.status) + "]");
    out += fmt::format("  {} {}{}  {}\n", ok ? style.pass_mark() : style.fail_mark(), label, status,
                       style.dim(std::to_string(c.points) + "/" + std::to_string(c.max_points)));
    if (!ok && !c.message.empty() && c.message != last_message) out += indent(c.message, "      ");
    if (!ok) last_message = c.message;
  }
  int passed = 0;
  for (const auto& c : r.checkpoints) passed += c.status == Status::kPassed;
  out += fmt::format("\n  Score {}/{} · {} of {} checkpoints passed\n", r.points(), r.max_points(),
                     passed, r.checkpoints.size());
  if (verbose || (!r.passed() && !r.program_output.empty() && r.compiler_output.empty())) {
    if (!r.program_output.empty())
      out += fmt::format("\n{}\n{}", style.dim("Your program printed:"),
                         indent(r.program_output, "  | "));
  }
  // The cgroup mode is the process's (probed once): "none" means memory and task limits rest on
  // rlimits alone (docs/sandbox.md).
  out += fmt::format("{}\n", style.dim(fmt::format(
                                 "  compile {:.2f} s{} · run {:.2f} s · isolation: {} · cgroup: {}",
                                 r.compile_seconds, r.compile_cached ? " (cached)" : "",
                                 r.run_seconds, r.isolation, sandbox::sandbox_isolation().cgroup)));
  if (const std::string used = verbose ? program_resources(r) : ""; !used.empty())
    out += fmt::format("{}\n", style.dim("  your program: " + used));
  if (r.isolation == sandbox::isolation_name(sandbox::Isolation::kDegraded)) {
    // RELIABILITY.md: degraded mode is never silent.
    out += fmt::format(
        "{}\n", style.yellow("  warning: degraded sandbox (" + sandbox::sandbox_isolation().reason +
                             "): limits hold, but the program could read files outside "
                             "its box"));
  }
  return out;
}

std::string format_after_check(const CheckOutcome& outcome, const Course& course,
                               const Style& style, NextStep next_step) {
  std::string out;
  const ExerciseResult& r = outcome.result;
  const bool watching = next_step == NextStep::kWatch;
  if (!r.passed() && watching) {
    return "\nKeep going: fix the first failing checkpoint and save; it is checked again at once.\n"
           "Stuck? Press h for a hint.\n";
  }
  if (!r.passed()) {
    out += fmt::format(
        "\nKeep going: fix the first failing checkpoint and run `course check` again.\n"
        "Stuck? `course hint {}` reveals a hint.\n",
        r.exercise_id);
    return out;
  }
  out += fmt::format(
      "\n{}\n", style.green(outcome.newly_completed ? "Exercise " + r.exercise_id + " complete!"
                                                    : "All checkpoints pass."));
  if (outcome.level_up)
    out += fmt::format("{}\n", style.bold("Level up: you are now " + outcome.level_up->name + "."));
  if (outcome.module_completed && !outcome.module_completed->reflection.empty()) {
    const Module& m = *outcome.module_completed;
    out +=
        fmt::format("\n{}\n", style.bold(fmt::format("Module {} ({}) complete. Before moving on, "
                                                     "reflect in your journal:",
                                                     m.number, m.title)));
    for (const auto& prompt : m.reflection) out += fmt::format("  - {}\n", prompt);
    out +=
        "Record an answer with `course journal add \"…\"`; `course journal` reads them back.\n\n";
  }
  if (outcome.next)
    out += fmt::format("Next: exercise {} ({}).{}\n", outcome.next->id, outcome.next->title,
                       watching ? "" : " Run `course next`.");
  else
    out += fmt::format("You have finished every exercise in {}.\n", course.title);
  return out;
}

std::string format_all_summary(const std::vector<ExerciseResult>& results, const Style& style) {
  int passed = 0, points = 0, max_points = 0;
  std::string lines;
  for (const auto& r : results) {
    const bool ok = r.passed() && !r.not_started;
    passed += ok;
    points += r.points();
    max_points += r.max_points();
    lines += fmt::format(
        "  {} {} {}  {}{}\n", ok ? style.pass_mark() : style.fail_mark(), r.exercise_id, r.title,
        style.dim(std::to_string(r.points()) + "/" + std::to_string(r.max_points())),
        r.not_started ? style.red("  not started") : "");
  }
  const bool all = passed == int(results.size()) && !results.empty();
  return fmt::format(
      "\n{}\n{}",
      (all ? style.green("All exercises pass") : style.bold("Not all exercises pass")) +
          fmt::format(": {} of {} · {}/{} points", passed, results.size(), points, max_points),
      lines);
}

void print_exercise(const Course& course, const Exercise& e, const std::string& file_shown,
                    const Style& style) {
  const Module* m = course.module_of(e.id);
  fmt::print("{} {}\n", style.bold("Exercise " + e.id + ":"), style.bold(e.display_title()));
  if (m) fmt::print("{}\n", style.dim("Module " + std::to_string(m->number) + " · " + m->title));
  fmt::print("\n{}\n", e.instructions);
  fmt::print("Edit:   {}\n", file_shown);
  fmt::print("Check:  course check {}\n", e.id);
  fmt::print("Hints:  course hint {}   ({} available)\n", e.id, e.hints.size());
}

}  // namespace course::cli
