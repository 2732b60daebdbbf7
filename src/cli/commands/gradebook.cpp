// course gradebook merge OUT_DIR… --out DIR : one gradebook from the shards of a sharded
// `course grade` (course/grade/merge.hpp); the same files an unsharded run writes.
#include <fmt/core.h>

#include "../command.hpp"
#include "course/error.hpp"
#include "course/grade/grade_outputs.hpp"
#include "course/grade/merge.hpp"
#include "course/progress.hpp"

namespace course::cli {
namespace {

class GradebookCommand : public Command {
 public:
  const char* name() const override { return "gradebook"; }
  const char* summary() const override {
    return "Combine sharded `course grade` outputs: gradebook merge OUT_DIR… --out DIR";
  }
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    CLI::App* merge = app.add_subcommand("merge", "Merge the --out folders of sharded runs");
    merge->add_option("OUT_DIR", dirs_, "Output folders of `course grade --shard K/N`")->required();
    merge->add_option("--out", out_, "Folder for the merged gradebook and feedback")->required();
  }

  int run(Context& ctx) override {
    std::vector<std::filesystem::path> dirs(dirs_.begin(), dirs_.end());
    const auto out = std::filesystem::weakly_canonical(out_);
    for (const auto& d : dirs)
      if (std::filesystem::weakly_canonical(d) == out)
        fail_usage("--out must not be one of the shards being merged");
    const MergedGradebook merged = merge_gradebooks(dirs);
    write_grade_outputs(merged.info, out_, merged.results, now_iso8601());
    if (!ctx.options.quiet && ctx.format() == Format::kHuman)
      fmt::print("Merged {} submissions from {} shards into {}\n", merged.results.size(),
                 dirs.size(), (std::filesystem::path(out_) / "gradebook.csv").string());
    return 0;
  }

 private:
  std::vector<std::string> dirs_;
  std::string out_;
};

}  // namespace

std::unique_ptr<Command> make_gradebook_command() { return std::make_unique<GradebookCommand>(); }

}  // namespace course::cli
