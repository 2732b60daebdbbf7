// course check [ID]: compile, run and judge an exercise; record the attempt.
#include <fmt/core.h>

#include <cstdio>

#include "../command.hpp"
#include "../render.hpp"
#include "course/grader/grader.hpp"
#include "course/learner_session.hpp"
#include "course/report_json.hpp"
#include "sandbox/isolation.hpp"

namespace course::cli {
namespace {

class CheckCommand : public Command {
 public:
  const char* name() const override { return "check"; }
  const char* summary() const override {
    return "Compile, run and grade an exercise (default: the current one)";
  }
  void configure(CLI::App& app) override { app.add_option("ID", id_, "Exercise id, e.g. 1.1"); }
  int run(Context& ctx) override {
    LearnerSession session(ctx.course(), ctx.workspace());
    const Exercise& exercise = session.exercise(id_);
    const bool human = ctx.format() == Format::kHuman;
    if (human && !ctx.options.quiet) {
      fmt::print("Checking {}…\n", exercise.id);
      std::fflush(stdout);  // Say so at once: the first compile takes a second or two.
    }
    auto runner = sandbox::make_default_runner();
    Grader grader(Toolchain::from_build(), *runner);
    const CheckOutcome outcome = session.check(exercise, grader);
    if (human) {
      print_result(outcome.result, ctx.style, ctx.options.verbose);
      print_after_check(outcome, ctx.course(), ctx.style);
    } else {
      fmt::print("{}", results_json({outcome.result}));
    }
    return outcome.result.passed() ? 0 : 1;
  }

 private:
  std::string id_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace course::cli
