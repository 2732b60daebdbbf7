// Exercise 3.1 — reference solution (contract in cross_validation.hpp).
#include "cross_validation.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "mlcore/data/rows.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/metrics/classification.hpp"

namespace ex {
namespace {

void check_splits(std::size_t n_rows, std::size_t n_splits) {
  if (n_splits < 2)
    throw std::invalid_argument("n_splits must be at least 2 (got " + std::to_string(n_splits) +
                                ")");
  if (n_splits > n_rows)
    throw std::invalid_argument("n_splits (" + std::to_string(n_splits) +
                                ") cannot exceed the number of rows (" + std::to_string(n_rows) +
                                ")");
}

}  // namespace

Folds kfold_split(std::size_t n_rows, std::size_t n_splits, std::uint32_t seed) {
  check_splits(n_rows, n_splits);
  mlcore::Indices order(n_rows);
  for (std::size_t i = 0; i < n_rows; ++i) order[i] = i;
  // A generator seeded from the argument only: the same seed gives the same folds in any
  // process, which is what makes an experiment repeatable.
  std::mt19937 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  Folds folds(n_splits);
  std::size_t start = 0;
  for (std::size_t k = 0; k < n_splits; ++k) {
    const std::size_t size = n_rows / n_splits + (k < n_rows % n_splits ? 1 : 0);
    folds[k].assign(order.begin() + static_cast<std::ptrdiff_t>(start),
                    order.begin() + static_cast<std::ptrdiff_t>(start + size));
    std::sort(folds[k].begin(), folds[k].end());
    start += size;
  }
  return folds;
}

Folds stratified_kfold_split(const mlcore::Vector& y, std::size_t n_splits, std::uint32_t seed) {
  const auto n_rows = static_cast<std::size_t>(y.size());
  check_splits(n_rows, n_splits);
  std::map<double, mlcore::Indices> by_class;
  for (std::size_t i = 0; i < n_rows; ++i) by_class[y[static_cast<Eigen::Index>(i)]].push_back(i);
  std::mt19937 rng(seed);
  Folds folds(n_splits);
  // Deal each class's shuffled rows round robin, continuing where the previous class stopped:
  // every fold gets floor or ceil of its share of every class, and fold sizes stay within one
  // row of each other overall.
  std::size_t next = 0;
  for (auto& [label, rows] : by_class) {
    std::shuffle(rows.begin(), rows.end(), rng);
    for (const std::size_t row : rows) {
      folds[next].push_back(row);
      next = (next + 1) % n_splits;
    }
  }
  for (auto& fold : folds) std::sort(fold.begin(), fold.end());
  return folds;
}

std::vector<double> cross_val_accuracy(const mlcore::EstimatorFactory<mlcore::Matrix>& make_model,
                                       const mlcore::Matrix& X, const mlcore::Vector& y,
                                       const Folds& folds) {
  const auto n_rows = static_cast<std::size_t>(X.rows());
  std::vector<double> scores;
  for (const mlcore::Indices& test : folds) {
    std::vector<bool> in_test(n_rows, false);
    for (const std::size_t row : test) in_test.at(row) = true;
    mlcore::Indices train;
    for (std::size_t row = 0; row < n_rows; ++row)
      if (!in_test[row]) train.push_back(row);
    // A fresh model per fold: refitting one shared model would be fine for mlcore's models (fit
    // replaces the previous fit), but a model that warm-starts or accumulates would leak.
    auto model = make_model();
    model->fit(mlcore::take_rows(X, train), mlcore::take_rows(y, train), nullptr);
    scores.push_back(mlcore::accuracy_score(mlcore::take_rows(y, test),
                                            model->predict(mlcore::take_rows(X, test))));
  }
  return scores;
}

}  // namespace ex
