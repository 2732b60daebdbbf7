// course reset ID: restore an exercise's starter file (the learner's version is backed up).
#include <fmt/core.h>

#include "../command.hpp"
#include "course/learner_session.hpp"

namespace course::cli {
namespace {

class ResetCommand : public Command {
 public:
  const char* name() const override { return "reset"; }
  const char* summary() const override {
    return "Restore an exercise's starter file (your version is backed up)";
  }
  void configure(CLI::App& app) override {
    app.add_option("ID", id_, "Exercise id, e.g. 1.1")->required();
  }
  int run(Context& ctx) override {
    LearnerSession session(ctx.course(), ctx.workspace());
    const Exercise& exercise = session.exercise(id_);
    const std::string backup = reset_exercise(ctx.course(), session.workspace(), exercise);
    fmt::print("Restored {} to its starter version.\n", Workspace::display(exercise));
    if (!backup.empty()) fmt::print("Your previous version is saved as {}\n", backup);
    return 0;
  }

 private:
  std::string id_;
};

}  // namespace

std::unique_ptr<Command> make_reset_command() { return std::make_unique<ResetCommand>(); }

}  // namespace course::cli
