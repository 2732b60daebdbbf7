// Tries to kill the runner and everything it may signal; reports the results.
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

static const char* result(int rc) {
  if (rc == 0) return "sent";
  if (errno == EPERM) return "EPERM";
  if (errno == ESRCH) return "ESRCH";
  return std::strerror(errno);
}

int main() {
  const int parent = kill(getppid(), SIGKILL);
  std::printf("parent=%s\n", result(parent));
  const int everyone = kill(-1, SIGKILL);
  std::printf("all=%s\n", result(everyone));
  return 0;
}
