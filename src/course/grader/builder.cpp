#include "course/grader/builder.hpp"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "course/error.hpp"
#include "course/grader/diagnostics.hpp"
#include "course/grader/hash.hpp"
#include "course/grader/scratch_dir.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

// Compile limits (RELIABILITY.md): a compile-time bomb becomes a compile error within these.
sandbox::Limits compile_limits() {
  sandbox::Limits limits;
  limits.cpu_seconds = 30;
  limits.wall_seconds = 60;
  limits.address_space_bytes = 2ull << 30;
  limits.file_size_bytes = 256ull << 20;
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

// Runs the compiler/linker; returns its combined output, and whether it succeeded.
struct ToolRun {
  bool ok = false;
  std::string output;
  std::string failure;  // Why it did not finish normally (timeout, output flood), else "".
  std::string isolation;
};

// Runs a compiler step in the sandbox. It sees the toolchain (/usr), `inputs` and its working
// directory (the stage, holding a copy of the learner's file) and nothing else: no assessments,
// solutions or progress file, so an #include of one by absolute path finds nothing.
ToolRun run_tool(sandbox::ProcessRunner& runner, std::vector<std::string> argv, const fs::path& cwd,
                 std::vector<std::string> inputs) {
  sandbox::Spec spec;
  spec.argv = std::move(argv);
  spec.env = compiler_env();
  spec.cwd = cwd.string();
  spec.read_only_paths = std::move(inputs);
  spec.limits = compile_limits();
  // The degraded runner keeps root for the compiler: it must read course headers wherever the
  // course is installed. The bwrap runner binds those and drops anyway.
  spec.drop_privileges = false;
  const sandbox::Result r = runner.run(spec);
  ToolRun out;
  out.isolation = r.isolation;
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
    case sandbox::Outcome::kSignaled:
      out.failure = "the compiler was killed (signal " + std::to_string(r.signal) +
                    "), most likely by the 2 GiB memory limit";
      break;
    case sandbox::Outcome::kSpawnFailed:
      fail_internal("cannot run the compiler " + spec.argv[0] + ": " + r.error);
  }
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_input(path.string(), "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Moves a freshly built file into the cache under its final name (atomic within a filesystem).
void publish(const fs::path& built, const fs::path& final_path) {
  fs::create_directories(final_path.parent_path());
  const fs::path temp = final_path.string() + ".tmp-" + std::to_string(::getpid());
  fs::copy_file(built, temp, fs::copy_options::overwrite_existing);
  fs::rename(temp, final_path);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Builder::Builder(Toolchain toolchain, sandbox::ProcessRunner& runner)
    : toolchain_(std::move(toolchain)), runner_(runner) {}

BuildResult Builder::build(const BuildRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  BuildResult result;
  const std::string source = read_file(request.learner_source);
  result.source_hash = Hasher().add(source).hex();

  // Headers the learner's file may include from the course: part of every key below.
  Hasher headers;
  headers.add(toolchain_.fingerprint);
  if (fs::is_directory(request.header_dir))
    for (const auto& entry : fs::directory_iterator(request.header_dir))
      if (entry.path().extension() == ".hpp")
        headers.add(entry.path().filename().string()).add_file(entry.path());

  const std::string learner_key = Hasher().add(headers.hex()).add(source).hex();
  const std::string harness_key =
      Hasher().add(headers.hex()).add_file(request.harness_source).hex();
  const fs::path objects = request.cache_dir / "objects";
  const fs::path learner_obj = objects / (learner_key + ".o");
  const fs::path harness_obj = objects / (harness_key + ".harness.o");
  const fs::path executable = request.cache_dir / "programs" / (learner_key + "-" + harness_key);

  std::vector<std::string> common = {toolchain_.cxx};
  common.insert(common.end(), toolchain_.flags.begin(), toolchain_.flags.end());
  for (const auto& dir : toolchain_.include_dirs) common.push_back("-I" + dir);
  for (const auto& dir : toolchain_.system_include_dirs)
    common.insert(common.end(), {"-isystem", dir});
  // -iquote: "quoted" includes resolve to the course's pristine API header, never to a copy the
  // learner edited next to their file (the harness is compiled against the course's copy).
  common.insert(common.end(), {"-iquote", request.header_dir.string()});

  // What every compile may read besides /usr: the course's public headers and the exercise's API
  // header directory (the course's, never the learner's copy).
  std::vector<std::string> headers_in = toolchain_.include_dirs;
  headers_in.insert(headers_in.end(), toolchain_.system_include_dirs.begin(),
                    toolchain_.system_include_dirs.end());
  headers_in.push_back(request.header_dir.string());

  ScratchDir stage(request.cache_dir / "tmp", "build-");
  result.cached = fs::exists(learner_obj) && fs::exists(executable);

  if (!fs::exists(learner_obj)) {
    // Compile a staged copy: the file cannot change under the compiler, and its own directory
    // (searched first for quoted includes) holds nothing but itself.
    const fs::path staged = stage.path() / request.learner_source.filename();
    { std::ofstream(staged, std::ios::binary) << source; }
    auto argv = common;
    argv.insert(argv.end(), {"-c", staged.string(), "-o", (stage.path() / "learner.o").string()});
    const ToolRun run = run_tool(runner_, argv, stage.path(), headers_in);
    result.isolation = run.isolation;
    const TrimmedDiagnostics trimmed =
        trim_diagnostics(run.output, staged.string(), request.learner_display);
    result.output = trimmed.text;
    result.diagnostics = trimmed.diagnostics;
    if (!run.failure.empty()) result.output = run.failure + "\n" + result.output;
    if (!run.ok) {
      result.seconds = seconds_since(start);
      return result;
    }
    publish(stage.path() / "learner.o", learner_obj);
  }

  if (!fs::exists(harness_obj)) {
    auto argv = common;
    argv.insert(argv.end(), {"-c", request.harness_source.string(), "-o",
                             (stage.path() / "harness.o").string()});
    auto inputs = headers_in;
    inputs.push_back(request.harness_source.string());
    const ToolRun run = run_tool(runner_, argv, stage.path(), inputs);
    result.isolation = run.isolation;
    if (!run.ok)
      fail_internal("the exercise harness " + request.harness_source.string() +
                    " did not compile:\n" + run.failure + run.output);
    publish(stage.path() / "harness.o", harness_obj);
  }

  if (!fs::exists(executable)) {
    std::vector<std::string> argv = {toolchain_.cxx};
    argv.insert(argv.end(), toolchain_.link_flags.begin(), toolchain_.link_flags.end());
    argv.insert(argv.end(), {learner_obj.string(), harness_obj.string()});
    argv.insert(argv.end(), toolchain_.libraries.begin(), toolchain_.libraries.end());
    argv.insert(argv.end(), {"-o", (stage.path() / "program").string()});
    std::vector<std::string> inputs = {learner_obj.string(), harness_obj.string()};
    inputs.insert(inputs.end(), toolchain_.libraries.begin(), toolchain_.libraries.end());
    const ToolRun run = run_tool(runner_, argv, stage.path(), inputs);
    result.isolation = run.isolation;
    if (!run.ok) {
      const TrimmedDiagnostics trimmed =
          trim_diagnostics(run.output, learner_obj.string(), request.learner_display);
      result.output = run.failure + trimmed.text;
      result.diagnostics = trimmed.diagnostics;
      result.seconds = seconds_since(start);
      return result;
    }
    publish(stage.path() / "program", executable);
    fs::permissions(executable, fs::perms::owner_all | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read |
                                    fs::perms::others_exec);
  }
  result.ok = true;
  result.executable = executable;
  result.seconds = seconds_since(start);
  return result;
}

}  // namespace course
