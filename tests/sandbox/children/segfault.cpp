// Writes through a null pointer the compiler cannot see coming.
#include <cstdint>

int main() {
  volatile std::uintptr_t address = 0;
  *reinterpret_cast<volatile int*>(address) = 1;
  return 0;
}
