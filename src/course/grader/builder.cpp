#include "course/grader/builder.hpp"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "course/error.hpp"
#include "course/grader/diagnostics.hpp"
#include "course/grader/hash.hpp"
#include "course/grader/include_scan.hpp"
#include "course/grader/pch.hpp"
#include "course/grader/scratch_dir.hpp"
#include "course/grader/tool_run.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

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

// The header to precompile for this learner file: the Eigen one only when the file reaches Eigen
// (a PCH with Eigen is twice the size, and mapping it costs every compile ~0.15 s more).
std::string pch_header_for(const Toolchain& toolchain, const std::string& source,
                           const fs::path& header_dir) {
  std::vector<fs::path> dirs = {header_dir};
  for (const auto& dir : toolchain.include_dirs) dirs.emplace_back(dir);
  const bool eigen = !toolchain.pch_eigen_header.empty() && reaches_include(source, dirs, "Eigen/");
  return eigen ? toolchain.pch_eigen_header : toolchain.pch_header;
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

  // Compiler and flags shared by every compile, the precompiled header's included: a PCH is only
  // used by a compile with the same flags (PERF-NOTES.md: learner code, harness and library share
  // CPU flags; -isystem for Eigen).
  std::vector<std::string> base = {toolchain_.cxx};
  base.insert(base.end(), toolchain_.flags.begin(), toolchain_.flags.end());
  for (const auto& dir : toolchain_.include_dirs) base.push_back("-I" + dir);
  for (const auto& dir : toolchain_.system_include_dirs) base.insert(base.end(), {"-isystem", dir});
  // -iquote: "quoted" includes resolve to the course's pristine API header, never to a copy the
  // learner edited next to their file (the harness is compiled against the course's copy).
  auto common = base;
  common.insert(common.end(), {"-iquote", request.header_dir.string()});

  // What every compile may read besides /usr: the course's public headers and the exercise's API
  // header directory (the course's, never the learner's copy).
  std::vector<std::string> library_headers = toolchain_.include_dirs;
  library_headers.insert(library_headers.end(), toolchain_.system_include_dirs.begin(),
                         toolchain_.system_include_dirs.end());
  std::vector<std::string> headers_in = library_headers;
  headers_in.push_back(request.header_dir.string());

  // The cache's tmp/ holds only ScratchDirs: any whose owner died is a leftover.
  sweep_stale_scratch_dirs(request.cache_dir / "tmp", "");
  ScratchDir stage(request.cache_dir / "tmp", "build-");
  result.cached = fs::exists(learner_obj) && fs::exists(executable);

  if (!fs::exists(learner_obj)) {
    auto argv = common;
    auto inputs = headers_in;
    const std::string pch_header = pch_header_for(toolchain_, source, request.header_dir);
    if (!pch_header.empty()) {
      const PchResult pch =
          ensure_pch(runner_, {base, library_headers, pch_header, request.cache_dir});
      if (pch.built) result.phases.push_back({"pch", pch.seconds});
      if (!pch.include.empty()) {
        argv.insert(argv.end(), {"-include", pch.include.string()});
        inputs.push_back(pch.dir.string());
      }
    }
    // Compile a staged copy: the file cannot change under the compiler, and its own directory
    // (searched first for quoted includes) holds nothing but itself.
    const fs::path staged = stage.path() / request.learner_source.filename();
    { std::ofstream(staged, std::ios::binary) << source; }
    argv.insert(argv.end(), {"-c", staged.string(), "-o", (stage.path() / "learner.o").string()});
    const ToolRun run = run_tool(runner_, argv, stage.path(), inputs);
    result.phases.push_back({"compile", run.seconds});
    result.resources.push_back(run.resources);
    result.resources.back().name = "compile";
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
    result.phases.push_back({"harness", run.seconds});
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
    result.phases.push_back({"link", run.seconds});
    result.resources.push_back(run.resources);
    result.resources.back().name = "link";
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
