// bwrap_argv; see bwrap_command.hpp.
#include "bwrap_command.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "privileges.hpp"

namespace sandbox::internal {
namespace {

// Top-level directories the toolchain and the dynamic loader reach. On merged-/usr systems
// (Debian 12) they are symlinks into /usr and are recreated as such; elsewhere bound read-only.
constexpr const char* kSystemDirs[] = {"/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"};
// The only pieces of /etc needed: /usr/bin/c++ resolves through the alternatives system, and the
// loader cache spares the dynamic loader a directory search.
constexpr const char* kEtcPaths[] = {"/etc/alternatives", "/etc/ld.so.cache"};

bool is_under(const std::string& path, const std::string& dir) {
  return path == dir || (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
                         (dir == "/" || path[dir.size()] == '/'));
}

std::string normal(const std::string& path) {
  std::string text = std::filesystem::path(path).lexically_normal().string();
  while (text.size() > 1 && text.back() == '/') text.pop_back();
  return text;
}

class ArgvBuilder {
 public:
  void add(std::initializer_list<std::string> items) {
    argv_.insert(argv_.end(), items.begin(), items.end());
  }

  void system_dir(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) return;
    if (S_ISLNK(info.st_mode)) {
      std::error_code ec;
      const auto target = std::filesystem::read_symlink(path, ec);
      if (!ec) add({"--symlink", target.string(), path});
    } else if (S_ISDIR(info.st_mode)) {
      add({"--ro-bind", path, path});
    }
  }

  // Binds path (and makes its missing ancestors 0755: bwrap would create them 0700, which the
  // sandbox uid cannot traverse). Paths must be sorted so that a parent comes before its children.
  void bind(const std::string& path, bool writable) {
    std::vector<std::string> missing;
    for (auto parent = std::filesystem::path(path).parent_path();
         parent != "/" && !covered(parent.string()); parent = parent.parent_path()) {
      missing.push_back(parent.string());
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
      add({"--perms", "0755", "--dir", *it});
      made_.insert(*it);
    }
    add({writable ? "--bind" : "--ro-bind-try", path, path});
    bound_.push_back(path);
  }

  std::vector<std::string> take() { return std::move(argv_); }

 private:
  // Already present in the sandbox: made by an earlier --dir, under a bound path, or a
  // file system bwrap mounted itself.
  bool covered(const std::string& dir) const {
    if (made_.count(dir) || dir == "/tmp" || dir == "/usr" || is_under(dir, "/usr")) return true;
    return std::any_of(bound_.begin(), bound_.end(),
                       [&](const std::string& b) { return is_under(dir, b); });
  }

  std::vector<std::string> argv_;
  std::set<std::string> made_;
  std::vector<std::string> bound_;
};

}  // namespace

std::vector<std::string> bwrap_argv(const BwrapCommand& command, const Spec& spec) {
  ArgvBuilder out;
  out.add({command.bwrap});
  if (command.as_root) {
    // --unshare-all minus the user namespace: as root, bwrap would map the program's uid to
    // root's own (kuid 0), exempt from RLIMIT_NPROC and owner of every root file. Instead bwrap
    // runs privileged and the init switches the program to the sandbox uid, which needs
    // CAP_SETUID/CAP_SETGID in the init (and nothing else; the program gets none).
    out.add({"--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
             "--unshare-cgroup-try", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"});
  } else {
    out.add({"--unshare-all"});
  }
  out.add({"--die-with-parent", "--new-session", "--clearenv"});
  for (const std::string& var : spec.env) {
    const auto eq = var.find('=');
    if (eq != std::string::npos && eq > 0)
      out.add({"--setenv", var.substr(0, eq), var.substr(eq + 1)});
  }

  out.add({"--ro-bind", "/usr", "/usr"});
  for (const char* dir : kSystemDirs) out.system_dir(dir);
  out.add({"--perms", "0755", "--dir", "/etc"});
  for (const char* path : kEtcPaths) out.add({"--ro-bind-try", path, path});
  out.add({"--proc", "/proc", "--dev", "/dev"});
  out.add({"--perms", "1777", "--size", std::to_string(spec.limits.tmp_bytes), "--tmpfs", "/tmp"});

  // The box read-write; the program and whatever else the spec needs read-only. Sorted, so that
  // a directory is bound before anything inside it.
  std::vector<std::pair<std::string, bool>> binds = {{normal(spec.cwd), true},
                                                     {normal(spec.argv[0]), false}};
  for (const std::string& path : spec.read_only_paths) binds.emplace_back(normal(path), false);
  // Equal paths: the writable bind wins (it comes first and the duplicate is skipped).
  std::sort(binds.begin(), binds.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  std::string previous;
  for (const auto& [path, writable] : binds) {
    // /usr is visible already; "/" or a relative path would expose everything.
    if (path == previous || path.empty() || path[0] != '/' || path == "/" ||
        is_under(path, "/usr")) {
      continue;
    }
    out.bind(path, writable);
    previous = path;
  }
  out.add({"--ro-bind", command.init, kInitInsidePath, "--chdir", normal(spec.cwd)});

  const std::string uid = command.as_root ? std::to_string(command.uid) : "-1";
  const std::string gid = command.as_root ? std::to_string(kSandboxGid) : "-1";
  out.add({kInitInsidePath, uid, gid});
  std::vector<std::string> argv = out.take();
  argv.insert(argv.end(), spec.argv.begin(), spec.argv.end());
  return argv;
}

}  // namespace sandbox::internal
