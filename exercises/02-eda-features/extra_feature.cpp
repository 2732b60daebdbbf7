// Exercise 2.3 — One feature that beats the baseline.
//
// extra_feature (specified in extra_feature.hpp) becomes the seventh column of a fixed depth-3
// decision tree that already sees the six stats. Find the one column that tree cannot build for
// itself. Run `course check 2.3`; `course hint 2.3` when stuck.
//
// Useful calls: raw.rows(), raw.column("hp").numeric(row), .is_missing(row), .boolean(row).
#include "extra_feature.hpp"

#include <cstddef>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

std::vector<double> extra_feature(const mlcore::Table& raw) {
  std::vector<double> feature(raw.rows(), 0.0);
  for (std::size_t row = 0; row < raw.rows(); ++row) {
    // TODO: compute one number per row that tells unevolved species from evolved ones better
    // than any single stat does. The tree splits one column at a time, three levels deep: what
    // can it not express with six separate stats? Keep every value finite, even for a row with a
    // missing cell (is_missing) or zeros.
  }
  return feature;
}

}  // namespace ex
