#include "mlcore/model_selection/stratified_kfold.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "mlcore/data/random_state.hpp"
#include "mlcore/error.hpp"

namespace mlcore {

void StratifiedKFoldParams::validate() const {
  if (n_splits < 2)
    throw Error("StratifiedKFoldParams.n_splits must be >= 2 (got " + std::to_string(n_splits) +
                ")");
}

StratifiedKFold::StratifiedKFold(StratifiedKFoldParams params) : params_(params) {
  params_.validate();
}

std::vector<Fold> StratifiedKFold::split(std::size_t n_rows, const Vector* y) const {
  if (!y) throw Error("StratifiedKFold: split needs the labels y");
  if (static_cast<std::size_t>(y->size()) != n_rows)
    throw Error("StratifiedKFold: y has " + std::to_string(y->size()) + " labels, expected " +
                std::to_string(n_rows));
  const std::size_t k = params_.n_splits;
  if (k > n_rows)
    throw Error("StratifiedKFold: cannot have n_splits=" + std::to_string(k) +
                " greater than the number of samples " + std::to_string(n_rows));

  // Codes in order of first appearance (scikit-learn's y_encoded).
  std::unordered_map<double, std::size_t> code_of;
  std::vector<std::size_t> codes(n_rows);
  for (std::size_t r = 0; r < n_rows; ++r) {
    const double label = (*y)[static_cast<Eigen::Index>(r)];
    if (std::isnan(label))
      throw Error("StratifiedKFold: y contains NaN at row " + std::to_string(r));
    codes[r] = code_of.emplace(label == 0.0 ? 0.0 : label, code_of.size()).first->second;
  }
  const std::size_t n_classes = code_of.size();
  std::vector<std::size_t> counts(n_classes, 0);
  for (std::size_t c : codes) ++counts[c];
  if (std::all_of(counts.begin(), counts.end(), [k](std::size_t c) { return k > c; }))
    throw Error("StratifiedKFold: n_splits=" + std::to_string(k) +
                " cannot be greater than the number of members in each class");

  // allocation[i][c] = bincount(sorted_codes[i::k]); sorted codes are counts[0] zeros, then
  // counts[1] ones, ..., so walk positions class by class instead of sorting.
  std::vector<std::vector<std::size_t>> allocation(k, std::vector<std::size_t>(n_classes, 0));
  std::size_t position = 0;
  for (std::size_t c = 0; c < n_classes; ++c)
    for (std::size_t m = 0; m < counts[c]; ++m) ++allocation[position++ % k][c];

  RandomState rng(params_.random_state);
  std::vector<std::vector<std::size_t>> rows_of_class(n_classes);
  for (std::size_t r = 0; r < n_rows; ++r) rows_of_class[codes[r]].push_back(r);
  std::vector<std::size_t> fold_of_row(n_rows);
  for (std::size_t c = 0; c < n_classes; ++c) {
    std::vector<std::size_t> folds_for_class;
    for (std::size_t i = 0; i < k; ++i)
      folds_for_class.insert(folds_for_class.end(), allocation[i][c], i);
    if (params_.shuffle) rng.shuffle(folds_for_class);
    for (std::size_t j = 0; j < rows_of_class[c].size(); ++j)
      fold_of_row[rows_of_class[c][j]] = folds_for_class[j];
  }
  return folds_from_assignment(fold_of_row, k);
}

}  // namespace mlcore
