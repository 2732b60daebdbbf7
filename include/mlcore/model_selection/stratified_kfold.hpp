// StratifiedKFold: folds that keep each class's share, exactly scikit-learn 1.2's algorithm
// (StratifiedKFold._make_test_folds):
//   1. classes are numbered in order of first appearance in y;
//   2. per-fold class counts come from a round robin over the sorted codes:
//      allocation[i] = bincount(sorted_codes[i::n_splits]);
//   3. each class's rows, in row order, get fold numbers in blocks (0,0,..,1,1,..); with shuffle
//      those blocks are shuffled per class by one RandomState(random_state), class by class.
// So folds (not only class counts) are identical to scikit-learn's for the same seed.
//
// Errors (mlcore::Error): y null or of the wrong size, a NaN label, n_splits larger than every
// class's size (scikit-learn's ValueError). scikit-learn only warns when some classes are smaller
// than n_splits; mlcore does not print, and proceeds the same way.
// Thread safety: split() is const and may be called concurrently.
#pragma once

#include <cstdint>

#include "mlcore/model_selection/kfold.hpp"

namespace mlcore {

struct StratifiedKFoldParams {
  std::size_t n_splits = 5;        // Number of folds, >= 2.
  bool shuffle = false;            // Shuffle each class's fold numbers.
  std::uint32_t random_state = 0;  // Seed of the shuffles; unused when shuffle is false.

  // Throws mlcore::Error naming the field.
  void validate() const;
};

class StratifiedKFold : public Splitter {
 public:
  explicit StratifiedKFold(StratifiedKFoldParams params = {});  // Validates params.
  std::vector<Fold> split(std::size_t n_rows, const Vector* y) const override;
  std::size_t n_splits() const override { return params_.n_splits; }
  const StratifiedKFoldParams& params() const { return params_; }

 private:
  StratifiedKFoldParams params_;
};

}  // namespace mlcore
