// The matrix and vector types every mlcore model, metric and transformer uses.
//
// Samples are rows. X is row-major: the hot loops of linear models read one sample at a time,
// and row-major X measured 1.5–3x faster than column-major for those products (PERF-NOTES.md).
// Learners and tests may pass any Eigen expression convertible to these types.
#pragma once

#include <Eigen/Dense>

#include <cstddef>
#include <vector>

namespace mlcore {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;
using Indices = std::vector<std::size_t>;  // Row indices (folds, splits, bootstrap samples).

}  // namespace mlcore
