// Leaves a daemon behind: double fork, setsid, the grandchild keeps stdout open and sleeps.
// The main process prints the grandchild's pid and exits 0 at once.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

int main() {
  int fds[2];
  if (pipe(fds) != 0) return 1;
  const pid_t middle = fork();
  if (middle == 0) {
    setsid();
    if (fork() == 0) {
      const pid_t me = getpid();
      if (write(fds[1], &me, sizeof me) != sizeof me) _exit(1);
      for (;;) pause();
    }
    _exit(0);
  }
  waitpid(middle, nullptr, 0);
  pid_t grandchild = 0;
  if (read(fds[0], &grandchild, sizeof grandchild) != sizeof grandchild) return 2;
  std::printf("daemon %d\n", static_cast<int>(grandchild));
  return 0;
}
