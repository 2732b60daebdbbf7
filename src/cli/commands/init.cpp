// course init DIR: create a learner workspace.
#include <fmt/core.h>

#include "../command.hpp"
#include "course/workspace.hpp"

namespace course::cli {
namespace {

class InitCommand : public Command {
 public:
  const char* name() const override { return "init"; }
  const char* summary() const override { return "Create a learner workspace in DIR"; }
  void configure(CLI::App& app) override {
    app.add_option("DIR", dir_, "Directory to create (must be new or empty)")->required();
    app.add_flag("--force", force_, "Use a non-empty directory; existing files are kept");
  }
  int run(Context& ctx) override {
    const Course& course = ctx.course();
    const InitReport report = init_workspace(course, Toolchain::from_build(), dir_, force_);
    if (ctx.options.quiet) return 0;
    fmt::print("Created a {} workspace in {}\n", course.title, report.workspace.root.string());
    fmt::print("  {} files copied (exercises, data), progress in .course/progress.json\n",
               report.copied.size());
    if (!report.kept.empty())
      fmt::print("  {} existing files kept as they were\n", report.kept.size());
    fmt::print("\nStart with:\n  cd {}\n  course next\n", report.workspace.root.string());
    return 0;
  }

 private:
  std::string dir_;
  bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace course::cli
