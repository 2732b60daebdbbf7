// course level award --level N --by NAME [--reason TEXT]: an instructor awards a level the runner
// never reaches by itself (Expert in course.yaml), recorded with who, why and when.
#include <fmt/core.h>

#include "../command.hpp"
#include "course/learner_session.hpp"
#include "course/level_award.hpp"
#include "course/report_json.hpp"

namespace course::cli {
namespace {

class LevelCommand : public Command {
 public:
  const char* name() const override { return "level"; }
  const char* summary() const override {
    return "Instructors: `level award --level 4 --by NAME` awards a level";
  }
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    award_ = app.add_subcommand(
        "award", "Award a level marked `awarded_by_instructor` in course.yaml (Expert)");
    award_->add_option("--level", award_request_.level, "Level number, e.g. 4")->required();
    award_->add_option("--by", award_request_.by, "Who awards it (recorded)")->required();
    award_->add_option("--reason", award_request_.reason, "Why (recorded; at most 4 KiB)");
    award_->footer(
        "Refused (exit 2) unless the learner has reached the level below. `course status` shows "
        "the level history.");
  }
  int run(Context& ctx) override {
    const Format format = ctx.format();  // Checked first: a bad --format writes nothing.
    LearnerSession session(ctx.course(), ctx.workspace());
    const LevelEvent event =
        award_level(session.course(), session.store(), award_request_, now_iso8601());
    if (format == Format::kJson) {
      fmt::print("{}", level_award_json(event));
    } else if (!ctx.options.quiet) {
      fmt::print("Awarded level {} ({}) by {} at {}.\n", event.level, ctx.style.bold(event.name),
                 event.awarded_by, event.reached_at);
      if (!event.reason.empty()) fmt::print("Reason: {}\n", event.reason);
    }
    return 0;
  }

 private:
  CLI::App* award_ = nullptr;
  LevelAward award_request_;
};

}  // namespace

std::unique_ptr<Command> make_level_command() { return std::make_unique<LevelCommand>(); }

}  // namespace course::cli
