// Exercise 3.1 — Cross-validation from scratch.
//
// Write the three parts of k-fold cross-validation yourself: plain k-fold splits, stratified
// k-fold splits, and the loop that fits a fresh model per fold and scores it. Do not call
// mlcore::KFold, mlcore::StratifiedKFold or mlcore::cross_validate here: knowing what they do is
// the point (they are what you will use from exercise 3.2 on). This header is the contract: read
// it, do not edit it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_selection/cross_validate.hpp"

namespace ex {

// The test rows of each fold. Fold i trains on every row that is not in folds[i].
using Folds = std::vector<mlcore::Indices>;

// Shuffled k-fold: the rows 0..n_rows-1 in a random order drawn from `seed`, cut into n_splits
// consecutive folds whose sizes differ by at most one (the first n_rows % n_splits folds get one
// extra row). The same seed always gives the same folds, in any process.
// Throws std::invalid_argument when n_splits < 2 or n_splits > n_rows.
Folds kfold_split(std::size_t n_rows, std::size_t n_splits, std::uint32_t seed);

// Stratified k-fold: like kfold_split over y.size() rows, but every fold keeps each class's share
// of the rows (within one row of the ideal count), also for rare classes. Labels are any doubles.
// Deterministic for a seed. Throws std::invalid_argument when n_splits < 2 or > y.size().
Folds stratified_kfold_split(const mlcore::Vector& y, std::size_t n_splits, std::uint32_t seed);

// One accuracy per fold, in fold order: a fresh model from make_model() fitted on the fold's
// training rows (every row not in folds[i]) and scored on its test rows folds[i].
// make_model() returns a std::unique_ptr<mlcore::Estimator> with fit(X, y, nullptr) and
// predict(X).
std::vector<double> cross_val_accuracy(const mlcore::EstimatorFactory<mlcore::Matrix>& make_model,
                                       const mlcore::Matrix& X, const mlcore::Vector& y,
                                       const Folds& folds);

}  // namespace ex
