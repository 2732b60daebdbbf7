// Burns CPU forever. With argument "ignore-xcpu" it ignores SIGXCPU, so only the hard limit
// (SIGKILL) stops it.
#include <csignal>
#include <cstring>

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "ignore-xcpu") == 0) std::signal(SIGXCPU, SIG_IGN);
  volatile unsigned long counter = 0;
  for (;;) counter = counter + 1;
}
