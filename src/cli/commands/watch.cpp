// course watch: re-check the current exercise every time it is saved (rustlings' watch mode).
#include <fmt/core.h>

#include "../command.hpp"
#include "../watch_session.hpp"
#include "course/error.hpp"
#include "course/learner_session.hpp"
#include "sandbox/isolation.hpp"

namespace course::cli {
namespace {

class WatchCommand : public Command {
 public:
  const char* name() const override { return "watch"; }
  const char* summary() const override {
    return "Check the current exercise every time you save it; move on when it passes";
  }
  void configure(CLI::App& app) override {
    app.add_flag("--poll", options_.force_polling,
                 "Poll the file for changes instead of using inotify (network or FUSE file "
                 "systems, containers); used automatically when inotify is unavailable");
    app.add_option("--interval", interval_ms_, "How often --poll looks, in milliseconds")
        ->check(CLI::Range(10, 60000))
        ->capture_default_str();
    app.footer(std::string("Keys: ") + kWatchKeys +
               ".\nWithout a terminal (pipes, CI) keys are read one per line.\n"
               "Exit codes: 0 when every exercise is done or after q; 130 on Ctrl-C, 143 on "
               "SIGTERM; 2 for --format json (watch is for people: use `course check --format "
               "json`).");
  }
  int run(Context& ctx) override {
    if (ctx.format() != Format::kHuman)
      fail_usage("watch has no JSON output; use `course check --format json` for one result");
    options_.poll_interval = std::chrono::milliseconds(interval_ms_);
    LearnerSession session(ctx.course(), ctx.workspace());
    auto runner = sandbox::make_default_runner();
    Grader grader(Toolchain::from_build(), *runner);
    return WatchSession(ctx, session, grader, options_).run();
  }

 private:
  watch::WatchOptions options_;
  int interval_ms_ = 500;
};

}  // namespace

std::unique_ptr<Command> make_watch_command() { return std::make_unique<WatchCommand>(); }

}  // namespace course::cli
