#include "render.hpp"

#include <fmt/core.h>

#include <sstream>

namespace course::cli {
namespace {

// Indents every line of a (possibly multi-line) message.
std::string indent(const std::string& text, const std::string& pad) {
  std::istringstream lines(text);
  std::string line, out;
  while (std::getline(lines, line)) out += pad + line + "\n";
  return out;
}

}  // namespace

std::string progress_bar(int done, int total, int width) {
  const int filled = total > 0 ? done * width / total : 0;
  return "[" + std::string(std::size_t(filled), '#') +
         std::string(std::size_t(width - filled), '-') + "] " + std::to_string(done) + "/" +
         std::to_string(total);
}

void print_result(const ExerciseResult& r, const Style& style, bool verbose) {
  fmt::print("{} {} {}\n", style.bold("Exercise " + r.exercise_id), r.title,
             style.dim("(" + r.file + ")"));
  if (!r.compiler_output.empty()) {
    const bool failed =
        !r.checkpoints.empty() && r.checkpoints.front().status == Status::kCompileError;
    fmt::print("\n{}\n{}",
               failed ? style.red("Compilation failed:") : style.yellow("Compiler warnings:"),
               indent(r.compiler_output, "  "));
  }
  fmt::print("\n");
  std::string last_message;  // A reason shared by consecutive checkpoints is printed once.
  for (const auto& c : r.checkpoints) {
    const bool ok = c.status == Status::kPassed;
    std::string label = c.title;
    if (c.hidden) label += style.dim(" (hidden)");
    std::string status = ok ? "" : " " + style.red(std::string("[") + status_name(c.status) + "]");
    fmt::print("  {} {}{}  {}\n", ok ? style.pass_mark() : style.fail_mark(), label, status,
               style.dim(std::to_string(c.points) + "/" + std::to_string(c.max_points)));
    if (!ok && !c.message.empty() && c.message != last_message)
      fmt::print("{}", indent(c.message, "      "));
    if (!ok) last_message = c.message;
  }
  int passed = 0;
  for (const auto& c : r.checkpoints) passed += c.status == Status::kPassed;
  fmt::print("\n  Score {}/{} · {} of {} checkpoints passed\n", r.points(), r.max_points(), passed,
             r.checkpoints.size());
  if (verbose || (!r.passed() && !r.program_output.empty() && r.compiler_output.empty())) {
    if (!r.program_output.empty())
      fmt::print("\n{}\n{}", style.dim("Your program printed:"), indent(r.program_output, "  | "));
  }
  fmt::print("{}\n", style.dim(fmt::format("  compile {:.2f} s{} · run {:.2f} s · isolation: {}",
                                           r.compile_seconds, r.compile_cached ? " (cached)" : "",
                                           r.run_seconds, r.isolation)));
}

void print_after_check(const CheckOutcome& outcome, const Course& course, const Style& style,
                       NextStep next_step) {
  const ExerciseResult& r = outcome.result;
  const bool watching = next_step == NextStep::kWatch;
  if (!r.passed() && watching) {
    fmt::print(
        "\nKeep going: fix the first failing checkpoint and save; it is checked again at once.\n"
        "Stuck? Press h for a hint.\n");
    return;
  }
  if (!r.passed()) {
    fmt::print(
        "\nKeep going: fix the first failing checkpoint and run `course check` again.\n"
        "Stuck? `course hint {}` reveals a hint.\n",
        r.exercise_id);
    return;
  }
  fmt::print("\n{}\n",
             style.green(outcome.newly_completed ? "Exercise " + r.exercise_id + " complete!"
                                                 : "All checkpoints pass."));
  if (outcome.level_up)
    fmt::print("{}\n", style.bold("Level up: you are now " + outcome.level_up->name + "."));
  if (outcome.next)
    fmt::print("Next: exercise {} ({}).{}\n", outcome.next->id, outcome.next->title,
               watching ? "" : " Run `course next`.");
  else
    fmt::print("You have finished every exercise in {}.\n", course.title);
}

void print_exercise(const Course& course, const Exercise& e, const std::string& file_shown,
                    const Style& style) {
  const Module* m = course.module_of(e.id);
  fmt::print("{} {}\n", style.bold("Exercise " + e.id + ":"), style.bold(e.title));
  if (m) fmt::print("{}\n", style.dim("Module " + std::to_string(m->number) + " · " + m->title));
  fmt::print("\n{}\n", e.instructions);
  fmt::print("Edit:   {}\n", file_shown);
  fmt::print("Check:  course check {}\n", e.id);
  fmt::print("Hints:  course hint {}   ({} available)\n", e.id, e.hints.size());
}

}  // namespace course::cli
