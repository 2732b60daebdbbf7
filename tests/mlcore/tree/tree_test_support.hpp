// Shared data makers for the tree and forest tests.
#pragma once

#include <random>

#include "mlcore/linalg.hpp"

namespace mlcore::testing_support {

inline Matrix random_matrix(int rows, int cols, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> normal;
  Matrix X(rows, cols);
  for (int i = 0; i < rows; ++i)
    for (int j = 0; j < cols; ++j) X(i, j) = normal(rng);
  return X;
}

// A noisy 3-class problem driven by the first two columns.
inline Vector three_class_labels(const Matrix& X, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  Vector y(X.rows());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const double s = X(i, 0) + 0.5 * X(i, 1) + 0.3 * (u(rng) - 0.5);
    y[i] = s < -0.5 ? 0 : (s < 0.5 ? 1 : 2);
  }
  return y;
}

// y = 3 x0 - 2 x1^2 + noise.
inline Vector regression_target(const Matrix& X, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> noise(0.0, 0.1);
  Vector y(X.rows());
  for (Eigen::Index i = 0; i < X.rows(); ++i)
    y[i] = 3 * X(i, 0) - 2 * X(i, 1) * X(i, 1) + noise(rng);
  return y;
}

}  // namespace mlcore::testing_support
