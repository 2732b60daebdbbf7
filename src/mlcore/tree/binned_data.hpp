// Internal: X quantized once per fit for histogram split search (LightGBM / HistGradientBoosting
// style), plus the column-major copy of X exact split search reads.
//
// Each feature gets at most max_bins bins; codes are uint8 and stored column-major, because the
// trainer walks one feature at a time over the rows of a node. A feature with at most max_bins
// distinct values gets one bin per value, so splitting between its bins is the exact split. Bin
// edges for continuous features are quantiles of (a sample of) the column.
//
// A split "code <= b" is saved in the tree as a real threshold halfway between the largest
// training value of bin b and the smallest of the next non-empty bin (the exact-split rule), so
// training rows fall on the same side of it as of the bin split and prediction never needs the
// bins.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore::internal {

// X (row-major) copied column-major: result[f * rows + r] = X(r, f).
std::vector<double> to_columns(const Matrix& X);

// The threshold scikit-learn puts between consecutive sorted values a < b: a/2 + b/2, or a when
// that rounds to b or overflows.
double midpoint_threshold(double a, double b);

struct BinnedData {
  std::size_t n_rows = 0;
  int n_features = 0;
  std::vector<std::uint8_t> codes;  // codes[f * n_rows + r], column-major.
  std::vector<int> n_bins;          // Bins of feature f (1..max_bins).
  std::vector<std::size_t> offset;  // Sum of n_bins of the features before f.
  // Per bin (index offset[f] + b), the bounds a threshold is placed between: for one-value bins
  // the value itself, for quantile bins the smallest and largest training value in the bin.
  std::vector<double> bin_min;
  std::vector<double> bin_max;

  std::size_t total_bins() const { return offset.empty() ? 0 : offset.back() + n_bins.back(); }
  const std::uint8_t* column(int f) const {
    return codes.data() + static_cast<std::size_t>(f) * n_rows;
  }
  // The real threshold of split "code <= lo" when the next non-empty bin in the node is hi.
  double threshold(int f, int lo, int hi) const;
};

// Bins every column of X into at most max_bins (2..255) bins. Deterministic: quantiles of large
// columns come from a fixed-seed subsample. X must be finite.
BinnedData bin_features(const Matrix& X, int max_bins);

}  // namespace mlcore::internal
