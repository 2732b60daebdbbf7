// Prints what the sandbox set up, one "key=value" per line, for the tests to check.
#include <dirent.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

extern char** environ;

static void limit(const char* name, int resource) {
  rlimit value{};
  getrlimit(static_cast<__rlimit_resource>(resource), &value);
  auto text = [](rlim_t v) { return v == RLIM_INFINITY ? std::string("inf") : std::to_string(v); };
  std::printf("%s=%s/%s\n", name, text(value.rlim_cur).c_str(), text(value.rlim_max).c_str());
}

int main() {
  std::printf("uid=%d\ngid=%d\n", static_cast<int>(getuid()), static_cast<int>(getgid()));
  std::printf("groups=%d\n", getgroups(0, nullptr));
  std::printf("pgid_is_pid=%d\nsid_is_pid=%d\n", getpgrp() == getpid(), getsid(0) == getpid());
  std::string fds;
  if (DIR* dir = opendir("/proc/self/fd")) {
    while (dirent* entry = readdir(dir)) {
      if (entry->d_name[0] == '.' || std::atoi(entry->d_name) == dirfd(dir)) continue;
      fds += (fds.empty() ? "" : ",") + std::string(entry->d_name);
    }
    closedir(dir);
  }
  std::printf("fds=%s\n", fds.c_str());
  limit("cpu", RLIMIT_CPU);
  limit("as", RLIMIT_AS);
  limit("stack", RLIMIT_STACK);
  limit("fsize", RLIMIT_FSIZE);
  limit("nofile", RLIMIT_NOFILE);
  limit("core", RLIMIT_CORE);
  limit("nproc", RLIMIT_NPROC);
  struct sigaction pipe_action {};
  sigaction(SIGPIPE, nullptr, &pipe_action);
  std::printf("sigpipe=%s\n", pipe_action.sa_handler == SIG_DFL ? "default" : "changed");
  sigset_t mask;
  sigprocmask(SIG_SETMASK, nullptr, &mask);
  std::printf("sigint_blocked=%d\n", sigismember(&mask, SIGINT));
  std::printf("no_new_privs=%d\n", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
  int env_count = 0;
  for (char** var = environ; *var != nullptr; ++var) ++env_count;
  std::printf("env_count=%d\n", env_count);
  const char* marker = std::getenv("SANDBOX_MARKER");
  std::printf("marker=%s\n", marker ? marker : "(unset)");
  char cwd[4096];
  std::printf("cwd=%s\n", getcwd(cwd, sizeof cwd) ? cwd : "(unknown)");
  return 0;
}
