#include "course/grader/pch.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "course/grader/hash.hpp"
#include "course/grader/scratch_dir.hpp"
#include "course/grader/tool_run.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

constexpr const char* kHeaderName = "learner_pch.hpp";
constexpr const char* kDepsName = "deps.txt";

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// "size mtime-ns" of a file, or "missing": what says a header is still the one compiled in.
std::string stamp(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return "missing";
  return std::to_string(info.st_size) + " " + std::to_string(info.st_mtim.tv_sec) + "." +
         std::to_string(info.st_mtim.tv_nsec);
}

// The absolute prerequisites of a make rule written by -MD ("out: a b \\\n c").
std::vector<std::string> make_prerequisites(const std::string& rule) {
  std::vector<std::string> paths;
  std::istringstream words(rule);
  std::string word;
  while (words >> word)
    if (word != "\\" && word.back() != ':' && word[0] == '/') paths.push_back(word);
  return paths;
}

// Every recorded header is unchanged (a missing record counts as changed).
bool deps_current(const fs::path& deps_file) {
  std::ifstream in(deps_file);
  if (!in) return false;
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos || stamp(line.substr(tab + 1)) != line.substr(0, tab))
      return false;
    any = true;
  }
  return any;
}

// Serialises builders of one entry across processes; released when the object goes away.
class FileLock {
 public:
  explicit FileLock(const fs::path& path)
      : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ >= 0)
      while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
      }
  }
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

PchResult usable(const fs::path& dir) {
  PchResult result;
  result.dir = dir;
  result.include = dir / kHeaderName;
  return result;
}

// Builds in `stage` (the compiler's working directory, owned by the sandbox uid while it runs),
// checks that the compiler accepts the result, and copies it to `dir`: copies, so that the cache
// holds files the runner owns, not ones a sandboxed process could still write. Returns "" or why
// there is no PCH.
std::string build(sandbox::ProcessRunner& runner, const PchRequest& request, const fs::path& stage,
                  const fs::path& dir) {
  const fs::path header = stage / kHeaderName;
  const fs::path gch = stage / (std::string(kHeaderName) + ".gch");
  write_text(header, read_text(request.header));
  auto argv = request.compile_argv;
  argv.insert(argv.end(), {"-x", "c++-header", header.string(), "-o", gch.string(), "-MD", "-MF",
                           (stage / "deps.d").string()});
  const ToolRun built = run_tool(runner, argv, stage, request.inputs);
  if (!built.ok) return "building it failed: " + built.failure + built.output.substr(0, 2000);

  // g++ silently parses the text header instead when it rejects a .gch: ask it (-H marks a PCH
  // in use with '!').
  write_text(stage / "probe.cpp", "int course_pch_probe;\n");
  argv = request.compile_argv;
  argv.insert(argv.end(), {"-include", header.string(), "-Winvalid-pch", "-H", "-fsyntax-only",
                           (stage / "probe.cpp").string()});
  const ToolRun probe = run_tool(runner, argv, stage, request.inputs);
  if (!probe.ok || probe.output.find("! " + gch.string()) == std::string::npos)
    return "the compiler does not use it: " + probe.failure + probe.output.substr(0, 2000);

  fs::create_directory(dir);
  fs::copy_file(header, dir / kHeaderName);
  fs::copy_file(gch, dir / gch.filename());
  std::string deps;
  for (const std::string& path : make_prerequisites(read_text(stage / "deps.d")))
    if (path != header.string())  // The staged copy: its text is part of the key already.
      deps += stamp(path) + "\t" + path + "\n";
  write_text(dir / kDepsName, deps);
  // Read by the compiler as the sandbox uid: world-readable.
  fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
  return {};
}

}  // namespace

std::string pch_key(const PchRequest& request) {
  Hasher h;
  for (const std::string& arg : request.compile_argv) h.add(arg);
  return h.add_file(request.header).hex();
}

PchResult ensure_pch(sandbox::ProcessRunner& runner, const PchRequest& request) {
  const std::string key = pch_key(request);
  const fs::path root = request.cache_dir / "pch";
  const fs::path final_dir = root / key;
  const fs::path failed = root / (key + ".failed");
  if (deps_current(final_dir / kDepsName)) return usable(final_dir);
  PchResult result;
  if (fs::exists(failed)) {
    result.problem = read_text(failed);
    return result;
  }

  const auto start = std::chrono::steady_clock::now();
  fs::create_directories(root);
  const FileLock lock(root / (key + ".lock"));
  // Another process may have finished it while this one waited for the lock.
  if (deps_current(final_dir / kDepsName)) return usable(final_dir);

  ScratchDir stage(request.cache_dir / "tmp", "pch-");
  ScratchDir out(request.cache_dir / "tmp", "pch-out-");
  const fs::path dir = out.path() / "pch";
  result.problem = build(runner, request, stage.path(), dir);
  if (!result.problem.empty()) {
    write_text(failed, result.problem);
    return result;
  }
  std::error_code ec;
  if (fs::exists(final_dir)) {
    // Stale (a header changed since it was built): move it aside first, as rename() cannot
    // replace a non-empty directory.
    const fs::path old = out.path() / "stale";
    fs::rename(final_dir, old, ec);
  }
  fs::rename(dir, final_dir, ec);
  if (ec) {
    result.problem = "cannot publish it: " + ec.message();
    return result;
  }
  result = usable(final_dir);
  result.built = true;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace course
