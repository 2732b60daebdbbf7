// Closes stdin, stdout and stderr, lingers briefly, exits 5: the runner sees EOF early.
#include <unistd.h>

int main() {
  close(0);
  close(1);
  close(2);
  usleep(200 * 1000);
  return 5;
}
