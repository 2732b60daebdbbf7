// Writes 100 MB of a repeating pattern to stdout.
#include <unistd.h>

#include <vector>

int main() {
  std::vector<char> chunk(64 * 1024);
  for (std::size_t i = 0; i < chunk.size(); ++i) chunk[i] = static_cast<char>('a' + i % 26);
  for (long written = 0; written < 100'000'000; written += static_cast<long>(chunk.size())) {
    if (write(1, chunk.data(), chunk.size()) < 0) return 1;
  }
  return 0;
}
