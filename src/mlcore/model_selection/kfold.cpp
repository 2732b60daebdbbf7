#include "mlcore/model_selection/kfold.hpp"

#include <string>

#include "mlcore/data/random_state.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

void KFoldParams::validate() const {
  if (n_splits < 2)
    throw Error("KFoldParams.n_splits must be >= 2 (got " + std::to_string(n_splits) + ")");
}

KFold::KFold(KFoldParams params) : params_(params) { params_.validate(); }

std::vector<Fold> KFold::split(std::size_t n_rows, const Vector* /*y*/) const {
  const std::size_t k = params_.n_splits;
  if (k > n_rows)
    throw Error("KFold: cannot have n_splits=" + std::to_string(k) +
                " greater than the number of samples " + std::to_string(n_rows));
  Indices order(n_rows);
  for (std::size_t i = 0; i < n_rows; ++i) order[i] = i;
  if (params_.shuffle) RandomState(params_.random_state).shuffle(order);
  std::vector<std::size_t> fold_of_row(n_rows);
  std::size_t at = 0;
  for (std::size_t f = 0; f < k; ++f) {
    const std::size_t size = n_rows / k + (f < n_rows % k ? 1 : 0);
    for (std::size_t i = 0; i < size; ++i) fold_of_row[order[at++]] = f;
  }
  return folds_from_assignment(fold_of_row, k);
}

std::vector<Fold> folds_from_assignment(const std::vector<std::size_t>& fold_of_row,
                                        std::size_t n_splits) {
  std::vector<Fold> folds(n_splits);
  for (std::size_t f = 0; f < n_splits; ++f) {
    Fold& fold = folds[f];
    for (std::size_t r = 0; r < fold_of_row.size(); ++r)
      (fold_of_row[r] == f ? fold.test : fold.train).push_back(r);
  }
  return folds;
}

}  // namespace mlcore
