// Small deterministic datasets shared by the linear-model tests.
#pragma once

#include <cmath>
#include <cstdint>

#include "mlcore/linalg.hpp"

namespace mlcore::testing_data {

// splitmix64 -> uniform [0, 1): reproducible on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  double uniform() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
  }
  double normal() {  // Box-Muller.
    const double u = 1.0 - uniform(), v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
  }

 private:
  std::uint64_t state_;
};

// n x p standard normal features; labels from a noisy linear rule over n_classes classes
// (class k = argmax of x.W_k + noise), encoded as the given label values.
inline void make_classification(int n, int p, int n_classes, std::uint64_t seed, Matrix& X,
                                Vector& y, const Vector& label_values) {
  Rng rng(seed);
  X.resize(n, p);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < p; ++j) X(i, j) = rng.normal();
  Matrix W(n_classes, p);
  for (int k = 0; k < n_classes; ++k)
    for (int j = 0; j < p; ++j) W(k, j) = rng.normal();
  y.resize(n);
  for (int i = 0; i < n; ++i) {
    Eigen::Index best = 0;
    Vector scores = W * X.row(i).transpose();
    for (int k = 0; k < n_classes; ++k) scores[k] += 1.5 * rng.normal();
    scores.maxCoeff(&best);
    y[i] = label_values[best];
  }
}

}  // namespace mlcore::testing_data
