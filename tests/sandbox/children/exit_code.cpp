// Exits with the code given as argument, e.g. 137 to imitate a SIGKILL death.
#include <cstdlib>

int main(int argc, char** argv) { std::exit(argc > 1 ? std::atoi(argv[1]) : 0); }
