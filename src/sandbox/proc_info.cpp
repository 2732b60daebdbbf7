// /proc readers; see proc_info.hpp.
#include "proc_info.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <sstream>

namespace sandbox::internal {
namespace {

bool is_number(const char* name) {
  if (*name == '\0') return false;
  for (const char* c = name; *c != '\0'; ++c) {
    if (*c < '0' || *c > '9') return false;
  }
  return true;
}

// The whole (small) file, or "" when the process is gone. Raw reads: a read of a /proc file of a
// process that is exiting fails with ESRCH, which std::ifstream turns into an exception.
std::string read_proc_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  std::string text;
  char buffer[4096];
  ssize_t got;
  while ((got = ::read(fd, buffer, sizeof buffer)) > 0 || (got < 0 && errno == EINTR)) {
    if (got > 0) text.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(fd);
  return got < 0 ? std::string() : text;
}

}  // namespace

void for_each_process(const std::function<void(const std::string& pid)>& visit) {
  DIR* proc = ::opendir("/proc");
  if (proc == nullptr) return;
  while (const dirent* entry = ::readdir(proc)) {
    if (is_number(entry->d_name)) visit(entry->d_name);
  }
  ::closedir(proc);
}

ProcessStat read_process_stat(const std::string& pid) {
  // "pid (comm) state ppid pgrp ...": comm may contain spaces and ')', so parse from the last ')'.
  const std::string text = read_proc_file("/proc/" + pid + "/stat");
  ProcessStat stat;
  const auto paren = text.rfind(')');
  if (paren == std::string::npos || paren + 3 >= text.size()) return stat;
  stat.state = text[paren + 2];
  char* rest = nullptr;
  std::strtol(text.c_str() + paren + 3, &rest, 10);  // ppid
  stat.group = std::strtol(rest, &rest, 10);
  for (int field = 0; field < 3; ++field) std::strtol(rest, &rest, 10);  // session, tty, tpgid
  stat.flags = std::strtoul(rest, nullptr, 10);
  return stat;
}

ProcessStatus read_process_status(const std::string& pid) {
  std::istringstream file(read_proc_file("/proc/" + pid + "/status"));
  ProcessStatus status;
  std::string line;
  while (std::getline(file, line)) {
    if (line.rfind("Uid:", 0) == 0) {
      status.real_uid = std::strtol(line.c_str() + 4, nullptr, 10);
    } else if (line.rfind("Threads:", 0) == 0) {
      status.threads = std::strtol(line.c_str() + 8, nullptr, 10);
    }
  }
  return status;
}

std::string read_process_cmdline(const std::string& pid) {
  return read_proc_file("/proc/" + pid + "/cmdline");
}

ino_t read_pid_namespace(const std::string& pid) {
  struct stat info {};
  return ::stat(("/proc/" + pid + "/ns/pid").c_str(), &info) == 0 ? info.st_ino : 0;
}

}  // namespace sandbox::internal
