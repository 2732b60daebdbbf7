// Writes a record to the result channel (fd 3) and reports on stdout whether that worked.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  const char record[] = "record:1\n";
  if (write(3, record, sizeof record - 1) < 0) {
    std::printf("fd3=%s\n", errno == EBADF ? "EBADF" : std::strerror(errno));
    return 0;
  }
  std::printf("fd3=ok\n");
  return 0;
}
