// Reading /proc: the runner's only view of processes it did not start directly (grandchildren,
// daemons, other tasks of a uid). Every reader tolerates a process vanishing mid-read.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>

namespace sandbox::internal {

struct ProcessStat {
  char state = '\0';        // 'R', 'S', 'D', 'T', 'Z' (zombie), 'X' (dead)...; '\0' if gone.
  long group = 0;           // Process group id.
  unsigned long flags = 0;  // Kernel task flags (PF_*).
  // In do_exit(): it runs no more user code, it is only releasing what it held (tearing down a
  // mount or network namespace can take tens of milliseconds).
  bool exiting() const { return (flags & 0x4) != 0; }  // PF_EXITING
};

// Calls visit(pid) for every numeric entry of /proc.
void for_each_process(const std::function<void(const std::string& pid)>& visit);

// From /proc/<pid>/stat; state '\0' if the process is gone.
ProcessStat read_process_stat(const std::string& pid);

// From /proc/<pid>/status: the real uid ("Uid:" first field) and "Threads:". -1 if gone.
struct ProcessStatus {
  long real_uid = -1;
  long threads = 0;
};
ProcessStatus read_process_status(const std::string& pid);

// /proc/<pid>/cmdline: the arguments, each followed by a NUL; "" if gone.
std::string read_process_cmdline(const std::string& pid);

// Inode of /proc/<pid>/ns/pid (the pid namespace it belongs to), or 0 if gone or not permitted.
ino_t read_pid_namespace(const std::string& pid);

}  // namespace sandbox::internal
