// Every process forks forever. When fork fails the first process reports why; all then pause.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  const pid_t first = getpid();
  for (;;) {
    if (fork() < 0) {
      if (getpid() == first) {
        std::printf("fork failed: %s\n", errno == EAGAIN ? "EAGAIN" : std::strerror(errno));
        std::fflush(stdout);
      }
      for (;;) pause();
    }
  }
}
