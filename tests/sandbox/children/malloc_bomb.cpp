// Allocates and touches memory until allocation fails; the bad_alloc is left uncaught.
#include <cstdio>
#include <cstring>
#include <vector>

int main() {
  constexpr std::size_t kBlock = 16u << 20;
  std::vector<char*> blocks;
  for (;;) {
    char* block = new char[kBlock];
    std::memset(block, 1, kBlock);
    blocks.push_back(block);
    std::fprintf(stderr, "allocated %zu MiB\n", blocks.size() * (kBlock >> 20));
  }
}
