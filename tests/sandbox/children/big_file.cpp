// Writes 8 MiB to big.bin in the working directory; reports a failed write and exits 3.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

int main() {
  std::FILE* file = std::fopen("big.bin", "wb");
  if (file == nullptr) {
    std::printf("open failed: %s\n", std::strerror(errno));
    return 4;
  }
  std::vector<char> chunk(1 << 20, 'x');
  for (int i = 0; i < 8; ++i) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), file) != chunk.size() ||
        std::fflush(file) != 0) {
      std::printf("write failed: %s\n", std::strerror(errno));
      return 3;
    }
  }
  return std::fclose(file) == 0 ? 0 : 5;
}
