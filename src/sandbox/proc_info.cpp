// /proc readers; see proc_info.hpp.
#include "proc_info.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace sandbox::internal {
namespace {

bool is_number(const char* name) {
  if (*name == '\0') return false;
  for (const char* c = name; *c != '\0'; ++c) {
    if (*c < '0' || *c > '9') return false;
  }
  return true;
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
  std::ifstream file("/proc/" + pid + "/stat");
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  ProcessStat stat;
  const auto paren = text.rfind(')');
  if (paren == std::string::npos || paren + 3 >= text.size()) return stat;
  stat.state = text[paren + 2];
  char* rest = nullptr;
  std::strtol(text.c_str() + paren + 3, &rest, 10);  // ppid
  stat.group = std::strtol(rest, nullptr, 10);
  return stat;
}

ProcessStatus read_process_status(const std::string& pid) {
  std::ifstream file("/proc/" + pid + "/status");
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

ino_t read_pid_namespace(const std::string& pid) {
  struct stat info {};
  return ::stat(("/proc/" + pid + "/ns/pid").c_str(), &info) == 0 ? info.st_ino : 0;
}

}  // namespace sandbox::internal
