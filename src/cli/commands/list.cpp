// course list: every module and exercise with its state and best score.
#include <fmt/core.h>

#include "../command.hpp"
#include "course/learner_session.hpp"
#include "course/report_json.hpp"

namespace course::cli {
namespace {

class ListCommand : public Command {
 public:
  const char* name() const override { return "list"; }
  const char* summary() const override { return "List modules and exercises with their state"; }
  void configure(CLI::App&) override {}
  int run(Context& ctx) override {
    const Course& course = ctx.course();
    LearnerSession session(course, ctx.workspace());
    const Progress progress = session.progress();
    if (ctx.format() == Format::kJson) {
      fmt::print("{}", list_json(course, progress));
      return 0;
    }
    const Style& s = ctx.style;
    for (const auto& m : course.modules) {
      fmt::print("{}{}\n", s.bold("Module " + std::to_string(m.number) + " · " + m.title),
                 m.planned ? s.dim("  (coming in a later version)") : "");
      for (const auto& e : m.exercises) {
        const ExerciseProgress* p = progress.find(e.id);
        const ExerciseState state = p ? p->state : ExerciseState::kNotStarted;
        const std::string mark = state == ExerciseState::kDone         ? s.pass_mark()
                                 : state == ExerciseState::kInProgress ? s.yellow("~")
                                                                       : " ";
        const std::string current = progress.current_exercise == e.id ? s.bold("  ← current") : "";
        fmt::print("  {} {:<5} {:<40} {:>3}/{:<3}{}\n", mark, e.id, e.title, p ? p->best_score : 0,
                   e.max_points(), current);
      }
    }
    return 0;
  }
};

}  // namespace

std::unique_ptr<Command> make_list_command() { return std::make_unique<ListCommand>(); }

}  // namespace course::cli
