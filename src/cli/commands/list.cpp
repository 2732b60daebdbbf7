// course list: every module and exercise with its state and best score.
#include <fmt/core.h>

#include "../command.hpp"
#include "../learner_views.hpp"
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
    print_exercise_list(course, progress, ctx.style);
    return 0;
  }
};

}  // namespace

std::unique_ptr<Command> make_list_command() { return std::make_unique<ListCommand>(); }

}  // namespace course::cli
