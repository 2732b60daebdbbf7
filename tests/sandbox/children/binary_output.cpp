// Writes NUL bytes and invalid UTF-8 to stdout and stderr.
#include <unistd.h>

int main() {
  const char out[] = {'a', '\0', 'b', '\xff', '\xfe', '\x80', '\n', '\0'};
  const char err[] = {'\0', '\0', '\xc3', '\x28', 'e'};
  if (write(1, out, sizeof out) != sizeof out) return 1;
  if (write(2, err, sizeof err) != sizeof err) return 1;
  return 0;
}
