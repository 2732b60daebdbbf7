// expect: failed
// expect-text: /tmp full after [0-9]+ MiB: No space left on device
// modes: bwrap
// Fills /tmp with 15 MiB files (each under the file-size limit) until the write fails. In bwrap
// /tmp is a private tmpfs capped at 64 MiB, gone with the box. The degraded sandbox shares the
// machine's /tmp (see README.md: a known gap), so this runs in bwrap mode only.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

#include "quality_checks.hpp"

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  const std::string chunk(1 << 20, 'x');
  int written = 0;
  for (int file = 0; file < 64; ++file) {
    std::FILE* out = std::fopen(("/tmp/fill-" + std::to_string(file)).c_str(), "wb");
    if (!out) break;
    for (int i = 0; i < 15; ++i) {
      if (std::fwrite(chunk.data(), 1, chunk.size(), out) != chunk.size() ||
          std::fflush(out) != 0) {
        const int error = errno;
        std::fclose(out);
        throw std::runtime_error("/tmp full after " + std::to_string(written) +
                                 " MiB: " + std::strerror(error));
      }
      ++written;
    }
    std::fclose(out);
  }
  throw std::runtime_error("/tmp took " + std::to_string(written) + " MiB without complaint");
}
