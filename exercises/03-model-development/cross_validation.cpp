// Exercise 3.1 — Cross-validation from scratch (contract in cross_validation.hpp).
//
// Run `course check 3.1`; `course hint 3.1` when stuck. Useful pieces: std::mt19937 (seeded:
// never std::random_device, the folds must be reproducible), std::shuffle or
// mlcore::RandomState (mlcore/data/random_state.hpp), mlcore::take_rows (mlcore/data/rows.hpp),
// mlcore::accuracy_score (mlcore/metrics/classification.hpp).
#include "cross_validation.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"

namespace ex {

Folds kfold_split(std::size_t n_rows, std::size_t n_splits, std::uint32_t seed) {
  // TODO: refuse n_splits < 2 and n_splits > n_rows (std::invalid_argument), shuffle the rows
  // 0..n_rows-1 with a generator seeded by `seed`, and cut them into n_splits folds whose sizes
  // differ by at most one.
  (void)n_rows;
  (void)n_splits;
  (void)seed;
  return {};
}

Folds stratified_kfold_split(const mlcore::Vector& y, std::size_t n_splits, std::uint32_t seed) {
  // TODO: the same checks, then group the rows by class, shuffle each class's rows, and deal
  // them out so that every fold gets its share of every class.
  (void)y;
  (void)n_splits;
  (void)seed;
  return {};
}

std::vector<double> cross_val_accuracy(const mlcore::EstimatorFactory<mlcore::Matrix>& make_model,
                                       const mlcore::Matrix& X, const mlcore::Vector& y,
                                       const Folds& folds) {
  // TODO: for each fold, the training rows are all rows not in the fold; fit a FRESH model on
  // them and append its accuracy on the fold's rows.
  (void)make_model;
  (void)X;
  (void)y;
  (void)folds;
  return {};
}

}  // namespace ex
