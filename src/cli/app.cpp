#include "app.hpp"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <set>

#include "build_info.hpp"
#include "command.hpp"
#include "course/error.hpp"
#include "course/report/formats.hpp"
#include "course/suggest.hpp"
#include "mlcore/error.hpp"
#include "sandbox/isolation.hpp"

namespace course::cli {
namespace {

void add_global_options(CLI::App& app, GlobalOptions& o) {
  app.add_option("--workspace", o.workspace,
                 "Workspace directory (default: nearest parent holding .course/)");
  app.add_option("--course", o.course,
                 "Course content directory (default: $COURSE_HOME or the built-in course)");
  app.add_option("--format", o.format,
                 "Output format: human or json; `check` also writes junit, gradescope, exercism "
                 "and github")
      ->check(CLI::IsMember(report_format_names()));
  app.add_flag("--no-color", o.no_color, "Never use color (NO_COLOR is honoured too)");
  app.add_flag("-v,--verbose", o.verbose, "Show more detail (your program's output, timings)");
  app.add_flag("-q,--quiet", o.quiet, "Show less");
}

// The first word that is not an option (or an option's value): the subcommand the user meant.
std::string first_command_word(int argc, char** argv) {
  static const std::set<std::string> kTakesValue = {"--workspace", "--course", "--format"};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (kTakesValue.count(arg)) {
      ++i;
      continue;
    }
    if (!arg.empty() && arg[0] != '-') return arg;
  }
  return "";
}

void check_command_name(const std::string& word,
                        const std::vector<std::unique_ptr<Command>>& commands) {
  if (word.empty()) return;
  std::vector<std::string> names;
  for (const auto& c : commands) {
    if (word == c->name()) return;
    names.push_back(c->name());
  }
  const std::string best = closest_match(word, names);
  fail_usage("unknown command '" + word + "'" +
             (best.empty() ? "" : "; did you mean '" + best + "'?") +
             " (`course --help` lists commands)");
}

}  // namespace

int run(int argc, char** argv) {
  Context context;
  auto commands = all_commands();
  CLI::App app{
      "course: an ML-engineering course runner. Learn by editing C++ exercises; "
      "`course check` grades them.",
      "course"};
  app.set_version_flag("--version", std::string("course ") + kCourseVersion);
  app.fallthrough();  // Global options work after the subcommand too (inherited by subcommands).
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 checks failed, 2 bad usage or input, 3 internal error.");
  add_global_options(app, context.options);
  std::vector<std::pair<CLI::App*, Command*>> subcommands;
  for (const auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command->name(), command->summary());
    command->configure(*sub);
    subcommands.emplace_back(sub, command.get());
  }

  try {
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
      check_command_name(first_command_word(argc, argv), commands);
      fmt::print(stderr, "course: error: {}\n", e.what());
      fmt::print(stderr, "Run `course --help` for usage.\n");
      return int(ExitCode::kBadInput);
    }
    context.style = Style::detect(context.options.no_color);
    for (const auto& [sub, command] : subcommands)
      if (sub->parsed()) return command->run(context);
    fail_usage("no command given (`course --help` lists commands)");
  } catch (const course::Error& e) {
    fmt::print(stderr, "course: error: {}\n", e.what());
    return int(e.code());
  } catch (const mlcore::Error& e) {
    // mlcore throws only for bad input (data, model files, parameters): exit 2.
    fmt::print(stderr, "course: error: {}\n", e.what());
    return int(ExitCode::kBadInput);
  } catch (const sandbox::SettingError& e) {  // A mistyped COURSE_SANDBOX* variable.
    fmt::print(stderr, "course: error: {}\n", e.what());
    return int(ExitCode::kBadInput);
  } catch (const std::exception& e) {
    fmt::print(stderr, "course: internal error: {}\n", e.what());
    return int(ExitCode::kInternal);
  }
}

}  // namespace course::cli
