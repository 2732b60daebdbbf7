// One subcommand: its name, one-line summary, options, and what it does. The table of all
// commands lives in commands/registry.cpp (ninja's subtool table, one file per command).
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <vector>

#include "context.hpp"

namespace course::cli {

class Command {
 public:
  virtual ~Command() = default;
  virtual const char* name() const = 0;
  virtual const char* summary() const = 0;
  // Adds the command's own options and positionals.
  virtual void configure(CLI::App& app) = 0;
  // Runs after parsing; returns the exit code (0, 1 or 2). Errors are thrown (course::Error).
  virtual int run(Context& context) = 0;
};

std::vector<std::unique_ptr<Command>> all_commands();

}  // namespace course::cli
