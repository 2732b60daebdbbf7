// Deterministic synthetic data for the benchmarks, reproduced bit for bit by the Python side
// (bench/compare_linear.py implements the same counter-based generator with numpy uint64).
//
// u(seed, k) = splitmix64 output number k (k = 0, 1, ...) of a generator seeded with `seed`,
// mapped to [0, 1) with 53 bits. It is counter-based (output k depends only on seed and k), so
// numpy can compute whole arrays at once.
#pragma once

#include <cmath>
#include <cstdint>

#include "mlcore/linalg.hpp"

namespace bench_data {

inline double uniform(std::uint64_t seed, std::uint64_t k) {
  std::uint64_t z = seed + (k + 1) * 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return static_cast<double>(z >> 11) * 0x1.0p-53;
}

// Synthetic classification data:
//   X_ij  = sqrt(3) (2 u(seed, i p + j) - 1)                 (uniform, unit variance)
//   W_kj  = 2 sqrt(3 / p) (2 u(seed + 1, k p + j) - 1)        (logit std ~ 2)
//   binary:      y_i = 1 if u(seed + 2, i) < 1 / (1 + exp(-(x_i . W_0 + 0.5)))
//   multinomial: y_i = argmax_k (x_i . W_k - log(-log u(seed + 2, i K + k)))   (Gumbel trick)
inline void make_classification(int n, int p, int n_classes, std::uint64_t seed, mlcore::Matrix& X,
                                mlcore::Vector& y) {
  const double root3 = std::sqrt(3.0);
  X.resize(n, p);
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(n) * p; ++i)
    X.data()[i] = root3 * (2.0 * uniform(seed, static_cast<std::uint64_t>(i)) - 1.0);
  const int rows = n_classes == 2 ? 1 : n_classes;
  mlcore::Matrix W(rows, p);
  const double scale = 2.0 * std::sqrt(3.0 / p);
  for (int k = 0; k < rows * p; ++k)
    W.data()[k] = scale * (2.0 * uniform(seed + 1, static_cast<std::uint64_t>(k)) - 1.0);
  const mlcore::Matrix Z = X * W.transpose();
  y.resize(n);
  for (int i = 0; i < n; ++i) {
    if (n_classes == 2) {
      const double prob = 1.0 / (1.0 + std::exp(-(Z(i, 0) + 0.5)));
      y[i] = uniform(seed + 2, static_cast<std::uint64_t>(i)) < prob ? 1.0 : 0.0;
    } else {
      Eigen::Index best = 0;
      double best_score = -INFINITY;
      for (int k = 0; k < n_classes; ++k) {
        const double u = uniform(seed + 2, static_cast<std::uint64_t>(i) * n_classes + k);
        const double score = Z(i, k) - std::log(-std::log(u));
        if (score > best_score) {
          best_score = score;
          best = k;
        }
      }
      y[i] = static_cast<double>(best);
    }
  }
}

}  // namespace bench_data
