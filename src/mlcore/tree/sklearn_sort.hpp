// Internal: scikit-learn 1.2's introsort of (value, sample) pairs (sklearn/tree/_splitter.pyx
// sort/introsort/heapsort: median-of-3 pivot, 3-way partition, heapsort past depth
// 2*floor(log2 n)). Exact split search sorts a node's rows with it, in place, as scikit-learn
// does, so rows with equal values end up in scikit-learn's order and every running sum over them
// is added in scikit-learn's order: that is what makes regression trees and weighted trees
// bit-identical to scikit-learn's, near-ties included.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace mlcore::internal {

namespace sklearn_sort_detail {

inline void swap_pair(double* x, std::int32_t* s, std::size_t i, std::size_t j) {
  std::swap(x[i], x[j]);
  std::swap(s[i], s[j]);
}

inline double median3(const double* x, std::size_t n) {
  const double a = x[0], b = x[n / 2], c = x[n - 1];
  if (a < b) {
    if (b < c) return b;
    if (a < c) return c;
    return a;
  }
  if (b < c) {
    if (a < c) return a;
    return c;
  }
  return b;
}

inline void sift_down(double* x, std::int32_t* s, std::size_t start, std::size_t end) {
  std::size_t root = start;
  while (true) {
    const std::size_t child = root * 2 + 1;
    std::size_t maxind = root;
    if (child < end && x[maxind] < x[child]) maxind = child;
    if (child + 1 < end && x[maxind] < x[child + 1]) maxind = child + 1;
    if (maxind == root) break;
    swap_pair(x, s, root, maxind);
    root = maxind;
  }
}

inline void heapsort(double* x, std::int32_t* s, std::size_t n) {
  std::size_t start = (n - 2) / 2;
  while (true) {
    sift_down(x, s, start, n);
    if (start == 0) break;
    --start;
  }
  for (std::size_t end = n - 1; end > 0; --end) {
    swap_pair(x, s, 0, end);
    sift_down(x, s, 0, end);
  }
}

inline void introsort(double* x, std::int32_t* s, std::size_t n, int maxd) {
  while (n > 1) {
    if (maxd <= 0) {
      heapsort(x, s, n);
      return;
    }
    --maxd;
    const double pivot = median3(x, n);
    std::size_t i = 0, l = 0, r = n;
    while (i < r) {
      if (x[i] < pivot) {
        swap_pair(x, s, i, l);
        ++i;
        ++l;
      } else if (x[i] > pivot) {
        --r;
        swap_pair(x, s, i, r);
      } else {
        ++i;
      }
    }
    introsort(x, s, l, maxd);
    x += r;
    s += r;
    n -= r;
  }
}

}  // namespace sklearn_sort_detail

// Sorts x[0, n) ascending, applying the same swaps to samples[0, n).
inline void sklearn_sort(double* x, std::int32_t* samples, std::size_t n) {
  if (n == 0) return;
  // scikit-learn: maxd = 2 * <int>log(n) with its log = ln(x) / ln(2).
  const int maxd = 2 * static_cast<int>(std::log(static_cast<double>(n)) / std::log(2.0));
  sklearn_sort_detail::introsort(x, samples, n, maxd);
}

}  // namespace mlcore::internal
