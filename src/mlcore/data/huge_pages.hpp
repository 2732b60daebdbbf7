// Internal: transparent huge pages for large matrices mlcore allocates and fills itself.
#pragma once

#include <cstddef>

namespace mlcore::internal {

// Asks the kernel to back the 2 MiB-aligned part of [data, data + bytes) with transparent huge
// pages, as numpy does for its arrays of 4 MB and more. Call it on memory not yet written: the
// first writes then fault in 2 MiB pages instead of 4 KiB ones. Where THP is "madvise" (Debian's
// default), cross-validation of LR on 100k x 50 spent more time faulting in its fold copies than
// fitting (bench/README.md). A no-op below 4 MiB, where THP is off, or off Linux; never fails.
void advise_huge_pages(void* data, std::size_t bytes);

}  // namespace mlcore::internal
