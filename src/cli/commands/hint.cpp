// course hint [ID]: reveal the next tiered hint (nudge → concept → near-solution).
#include <fmt/core.h>

#include "../command.hpp"
#include "../learner_views.hpp"
#include "course/learner_session.hpp"

namespace course::cli {
namespace {

class HintCommand : public Command {
 public:
  const char* name() const override { return "hint"; }
  const char* summary() const override {
    return "Reveal the next hint for an exercise (default: the current one)";
  }
  void configure(CLI::App& app) override { app.add_option("ID", id_, "Exercise id, e.g. 1.1"); }
  int run(Context& ctx) override {
    LearnerSession session(ctx.course(), ctx.workspace());
    const Exercise& exercise = session.exercise(id_);
    const HintOutcome hints = session.hint(exercise);
    print_hints(exercise, hints, ctx.style);
    if (!hints.all_revealed)
      fmt::print("{}\n",
                 ctx.style.dim("Run `course hint " + exercise.id + "` again for a stronger hint."));
    return 0;
  }

 private:
  std::string id_;
};

}  // namespace

std::unique_ptr<Command> make_hint_command() { return std::make_unique<HintCommand>(); }

}  // namespace course::cli
