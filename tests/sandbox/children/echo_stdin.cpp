// Copies stdin to stdout byte for byte.
#include <unistd.h>

int main() {
  char buffer[4096];
  ssize_t n;
  while ((n = read(0, buffer, sizeof buffer)) > 0) {
    if (write(1, buffer, static_cast<size_t>(n)) != n) return 1;
  }
  return n == 0 ? 0 : 2;
}
