#include "course/grader/tool_run.hpp"

#include <chrono>

#include "course/error.hpp"
#include "course/grader/resource_use.hpp"

namespace course {
namespace {

// Compile limits (RELIABILITY.md): a compile-time bomb becomes a compile error within these. The
// address space also fits building the Eigen precompiled header (~340 MB resident).
sandbox::Limits compile_limits() {
  sandbox::Limits limits;
  limits.cpu_seconds = 30;
  limits.wall_seconds = 60;
  limits.address_space_bytes = 2ull << 30;
  limits.file_size_bytes = 256ull << 20;  // A precompiled header with Eigen is ~110 MB.
  limits.open_files = 256;
  limits.processes = 16;
  limits.stdout_cap_bytes = 1ull << 20;
  limits.stderr_cap_bytes = 1ull << 20;
  limits.tmp_bytes = 256ull << 20;  // The driver's temporary files when -pipe is not used.
  return limits;
}

std::vector<std::string> compiler_env() {
  return {"PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TMPDIR=/tmp"};
}

}  // namespace

ToolRun run_tool(sandbox::ProcessRunner& runner, std::vector<std::string> argv,
                 const std::filesystem::path& cwd, std::vector<std::string> inputs) {
  sandbox::Spec spec;
  spec.argv = std::move(argv);
  spec.env = compiler_env();
  spec.cwd = cwd.string();
  spec.read_only_paths = std::move(inputs);
  spec.limits = compile_limits();
  // The degraded runner keeps root for the compiler: it must read course headers wherever the
  // course is installed. The bwrap runner binds those and drops anyway.
  spec.drop_privileges = false;
  const auto start = std::chrono::steady_clock::now();
  const sandbox::Result r = runner.run(spec);
  ToolRun out;
  out.isolation = r.isolation;
  out.resources = resource_use("", r);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.output = r.stderr_data + r.stdout_data;
  switch (r.outcome) {
    case sandbox::Outcome::kExited:
      out.ok = r.exit_code == 0;
      break;
    case sandbox::Outcome::kCpuTimeout:
    case sandbox::Outcome::kWallTimeout:
      out.failure =
          "the compiler ran out of time (limit 30 s CPU): look for recursive templates, "
          "huge constexpr computations or a recursive #include";
      break;
    case sandbox::Outcome::kOutputLimit:
      out.failure = "the compiler printed more than 1 MiB of errors; fix the first error shown";
      break;
    case sandbox::Outcome::kMemoryLimit:
      out.failure =
          "the compiler ran out of memory (limit 2 GiB): look for huge constexpr tables or "
          "recursive templates";
      break;
    case sandbox::Outcome::kSignaled:
      out.failure = "the compiler was killed (signal " + std::to_string(r.signal) +
                    "), most likely by the 2 GiB memory limit";
      break;
    case sandbox::Outcome::kSpawnFailed:
      fail_internal("cannot run the compiler " + spec.argv[0] + ": " + r.error);
  }
  return out;
}

}  // namespace course
