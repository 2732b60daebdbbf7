// Throws an exception nobody catches: std::terminate, abort, SIGABRT.
#include <stdexcept>

int main() { throw std::runtime_error("learner bug"); }
