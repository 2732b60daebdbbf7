// course status: level, what is missing for the next one, per-module progress.
#include <fmt/core.h>

#include "../command.hpp"
#include "../render.hpp"
#include "course/learner_session.hpp"
#include "course/levels.hpp"
#include "course/report_json.hpp"

namespace course::cli {
namespace {

class StatusCommand : public Command {
 public:
  const char* name() const override { return "status"; }
  const char* summary() const override { return "Show your level, progress and what is next"; }
  void configure(CLI::App&) override {}
  int run(Context& ctx) override {
    const Course& course = ctx.course();
    LearnerSession session(course, ctx.workspace());
    const Progress progress = session.progress();
    if (ctx.format() == Format::kJson) {
      fmt::print("{}", status_json(course, progress));
      return 0;
    }
    const Style& s = ctx.style;
    fmt::print("{}\n", s.bold(course.title));
    fmt::print("Level {}: {}\n", progress.level,
               s.bold(course.levels[std::size_t(progress.level)].name));
    for (const auto& h : progress.level_history) {
      fmt::print("  {} level {} ({}){}\n", h.reached_at.substr(0, 10), h.level, h.name,
                 h.awarded_by.empty() ? "" : ", awarded by " + h.awarded_by);
      if (!h.reason.empty()) fmt::print("    reason: {}\n", h.reason);
    }
    if (progress.level + 1 < int(course.levels.size())) {
      const Level& next = course.levels[std::size_t(progress.level + 1)];
      fmt::print("\nFor level {} ({}):\n", next.number, next.name);
      for (const auto& item : missing_for_level(course, progress, next.number))
        fmt::print("  - {}\n", item);
    }
    fmt::print("\n");
    for (const auto& m : course.modules) {
      int done = 0;
      for (const auto& e : m.exercises) {
        const ExerciseProgress* p = progress.find(e.id);
        done += p && p->state == ExerciseState::kDone;
      }
      const std::string bar = m.planned ? s.dim("coming in a later version")
                                        : progress_bar(done, int(m.exercises.size()), 10);
      fmt::print("  Module {} {:<36} {}\n", m.number, m.title, bar);
    }
    if (!progress.current_exercise.empty())
      fmt::print("\nCurrent exercise: {} (`course next` shows it)\n", progress.current_exercise);
    return 0;
  }
};

}  // namespace

std::unique_ptr<Command> make_status_command() { return std::make_unique<StatusCommand>(); }

}  // namespace course::cli
