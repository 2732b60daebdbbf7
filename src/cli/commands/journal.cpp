// course journal [add TEXT]: the learner's timestamped notes (reflections, "aha" moments).
#include <fmt/core.h>

#include "../command.hpp"
#include "course/journal.hpp"
#include "course/learner_session.hpp"
#include "course/report_json.hpp"

namespace course::cli {
namespace {

class JournalCommand : public Command {
 public:
  const char* name() const override { return "journal"; }
  const char* summary() const override {
    return "Read your journal, or `journal add TEXT` to write an entry";
  }
  void configure(CLI::App& app) override {
    app.require_subcommand(0, 1);
    add_ = app.add_subcommand("add", "Add a timestamped entry (at most 4 KiB)");
    add_->add_option("TEXT", text_, "What you learned, noticed or want to remember")->required();
    app.footer("Entries are kept in .course/progress.json. Exit codes: 0 done, 2 bad input.");
  }
  int run(Context& ctx) override {
    const Format format = ctx.format();  // Checked first: a bad --format writes nothing.
    LearnerSession session(ctx.course(), ctx.workspace());
    if (add_->parsed()) {
      const JournalEntry entry = add_journal_entry(session.store(), text_, now_iso8601());
      if (format == Format::kJson)
        fmt::print("{}", journal_json({entry}));
      else if (!ctx.options.quiet)
        fmt::print("Journal entry added ({}).\n", entry.at);
      return 0;
    }
    const Progress progress = session.progress();
    if (format == Format::kJson) {
      fmt::print("{}", journal_json(progress.journal));
      return 0;
    }
    if (progress.journal.empty()) {
      fmt::print("Your journal is empty. Add an entry: course journal add \"what I learned…\"\n");
      return 0;
    }
    for (const auto& e : progress.journal) fmt::print("{}\n{}\n\n", ctx.style.bold(e.at), e.text);
    return 0;
  }

 private:
  CLI::App* add_ = nullptr;
  std::string text_;
};

}  // namespace

std::unique_ptr<Command> make_journal_command() { return std::make_unique<JournalCommand>(); }

}  // namespace course::cli
