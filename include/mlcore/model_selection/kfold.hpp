// Cross-validation splitters: KFold here, StratifiedKFold in stratified_kfold.hpp, both behind
// the Splitter interface that cross_validate and grid_search take.
//
// Folds are exactly scikit-learn 1.2's for the same n_splits / shuffle / random_state (the
// shuffles use mlcore::RandomState, numpy's legacy generator): the same test rows per fold, in
// the same fold order. Like scikit-learn, each fold's train and test indices are ascending.
// Unlike scikit-learn, there is no unseeded mode: random_state is always a number (default 0).
//
// Thread safety: split() is const and may be called concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore {

struct Fold {
  Indices train;  // Ascending row indices to fit on.
  Indices test;   // Ascending row indices to score on.
};

class Splitter {
 public:
  virtual ~Splitter() = default;
  // The folds for n_rows samples. y holds one label per row for splitters that stratify (they
  // throw mlcore::Error when it is null or has another size); others ignore it.
  virtual std::vector<Fold> split(std::size_t n_rows, const Vector* y) const = 0;
  virtual std::size_t n_splits() const = 0;
};

struct KFoldParams {
  std::size_t n_splits = 5;        // Number of folds, >= 2.
  bool shuffle = false;            // Shuffle rows (numpy's shuffle) before cutting them in folds.
  std::uint32_t random_state = 0;  // Seed of the shuffle; unused when shuffle is false.

  // Throws mlcore::Error naming the field ("KFoldParams.n_splits must be >= 2 (got 1)").
  void validate() const;
};

// Consecutive folds over (possibly shuffled) rows; the first n_rows % n_splits folds get one
// extra row. split() throws mlcore::Error when n_splits > n_rows.
class KFold : public Splitter {
 public:
  explicit KFold(KFoldParams params = {});  // Validates params.
  std::vector<Fold> split(std::size_t n_rows, const Vector* y) const override;
  std::size_t n_splits() const override { return params_.n_splits; }
  const KFoldParams& params() const { return params_; }

 private:
  KFoldParams params_;
};

// Folds from a per-row fold number (0..n_splits-1): fold i tests the rows numbered i and trains
// on all others, both ascending (scikit-learn's _iter_test_masks + split).
std::vector<Fold> folds_from_assignment(const std::vector<std::size_t>& fold_of_row,
                                        std::size_t n_splits);

}  // namespace mlcore
