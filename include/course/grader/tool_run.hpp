// Running one compiler or linker step in the sandbox, under compile limits.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "course/result.hpp"
#include "sandbox/process_runner.hpp"

namespace course {

struct ToolRun {
  bool ok = false;
  std::string output;   // stderr + stdout of the tool.
  std::string failure;  // Why it did not finish normally (timeout, output flood), else "".
  std::string isolation;
  double seconds = 0;     // Wall time of the whole sandboxed step (launch and clean-up included).
  ResourceUse resources;  // What the runner measured; the caller names the step.
};

// Runs argv with `cwd` (read-write) as working directory. Besides /usr it sees only `inputs`
// (read-only): no assessments, solutions or progress file, so an #include of one by absolute path
// finds nothing. Throws Error(kInternal) when the tool cannot be started at all.
ToolRun run_tool(sandbox::ProcessRunner& runner, std::vector<std::string> argv,
                 const std::filesystem::path& cwd, std::vector<std::string> inputs);

}  // namespace course
