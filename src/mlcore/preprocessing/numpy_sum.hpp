// Internal: numpy's float64 summation, reproduced so column statistics match scikit-learn's to
// the last bit.
//
// scikit-learn sums each column with np.sum / np.nansum(X, axis=0). For the arrays learners
// actually pass (pandas' to_numpy() is column-major), numpy sums each column with its pairwise
// algorithm (8 accumulators up to 128 values, halving above) over buffers of 8192 values whose
// partial sums are added in order. That is also more accurate than a plain running sum.
// (A row-major numpy array is summed row by row instead; results then differ in the last bits.)
#pragma once

#include <cstddef>

namespace mlcore::internal {

// numpy's pairwise_sum_DOUBLE.
inline double pairwise_sum(const double* a, std::size_t n) {
  if (n < 8) {
    double res = 0.0;
    for (std::size_t i = 0; i < n; ++i) res += a[i];
    return res;
  }
  if (n <= 128) {
    double r[8];
    for (std::size_t j = 0; j < 8; ++j) r[j] = a[j];
    std::size_t i = 8;
    for (; i < n - (n % 8); i += 8)
      for (std::size_t j = 0; j < 8; ++j) r[j] += a[i + j];
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) res += a[i];
    return res;
  }
  std::size_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
}

// np.sum of one column of a column-major array: pairwise per 8192-value buffer.
inline double numpy_sum(const double* a, std::size_t n) {
  constexpr std::size_t kBuffer = 8192;
  double total = 0.0;
  for (std::size_t start = 0; start < n; start += kBuffer)
    total += pairwise_sum(a + start, n - start < kBuffer ? n - start : kBuffer);
  return total;
}

}  // namespace mlcore::internal
