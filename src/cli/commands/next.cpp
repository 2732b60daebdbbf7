// course next: show the exercise to work on now.
#include <fmt/core.h>

#include "../command.hpp"
#include "../learner_views.hpp"
#include "course/learner_session.hpp"

namespace course::cli {
namespace {

class NextCommand : public Command {
 public:
  const char* name() const override { return "next"; }
  const char* summary() const override { return "Show the exercise to work on now"; }
  void configure(CLI::App&) override {}
  int run(Context& ctx) override {
    LearnerSession session(ctx.course(), ctx.workspace());
    const Progress progress = session.progress();
    const Exercise* next = session.first_unfinished(progress);
    if (!next) {
      fmt::print("{}\n",
                 ctx.style.green("Every exercise is done. `course status` shows your level."));
      return 0;
    }
    if (progress.current_exercise != next->id) session.make_current(*next);
    print_next_exercise(ctx.course(), progress, *next, ctx.style);
    return 0;
  }
};

}  // namespace

std::unique_ptr<Command> make_next_command() { return std::make_unique<NextCommand>(); }

}  // namespace course::cli
