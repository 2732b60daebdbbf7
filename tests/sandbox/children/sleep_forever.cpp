// Reads stdin to EOF (it must get EOF, not hang, when stdin is /dev/null), says so, then sleeps
// forever without using CPU: only the wall timer can end it.
#include <unistd.h>

#include <cstdio>

int main() {
  char buffer[256];
  while (read(0, buffer, sizeof buffer) > 0) {
  }
  std::printf("eof\n");
  std::fflush(stdout);
  for (;;) pause();
}
