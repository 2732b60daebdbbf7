#include "mlcore/data/train_test_split.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "mlcore/data/random_state.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

// scikit-learn's utils._approximate_mode: floor of the proportional share per class, then the
// left-over draws go to the largest remainders, ties broken with rng.choice (which in legacy numpy
// is permutation(len(ties))[:k], so it consumes draws even when every tie is taken).
std::vector<std::size_t> approximate_mode(const std::vector<std::size_t>& class_counts,
                                          std::size_t n_draws, RandomState& rng) {
  std::size_t total = 0;
  for (std::size_t c : class_counts) total += c;
  const std::size_t k = class_counts.size();
  std::vector<double> continuous(k);
  std::vector<std::size_t> floored(k);
  std::vector<double> remainder(k);
  std::size_t floored_sum = 0;
  for (std::size_t i = 0; i < k; ++i) {
    continuous[i] = static_cast<double>(class_counts[i]) / static_cast<double>(total) *
                    static_cast<double>(n_draws);
    const double f = std::floor(continuous[i]);
    floored[i] = static_cast<std::size_t>(f);
    remainder[i] = continuous[i] - f;
    floored_sum += floored[i];
  }
  std::size_t need_to_add = n_draws - floored_sum;
  if (need_to_add > 0) {
    std::vector<double> values = remainder;
    std::sort(values.begin(), values.end(), [](double a, double b) { return a > b; });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (double value : values) {
      std::vector<std::size_t> inds;
      for (std::size_t i = 0; i < k; ++i)
        if (remainder[i] == value) inds.push_back(i);
      const std::size_t add_now = std::min(inds.size(), need_to_add);
      for (std::size_t pick : rng.choice_without_replacement(inds.size(), add_now))
        floored[inds[pick]] += 1;
      need_to_add -= add_now;
      if (need_to_add == 0) break;
    }
  }
  return floored;
}

TrainTestSplit stratified_split(const Vector& y, std::size_t n_train, std::size_t n_test,
                                std::uint32_t seed) {
  // np.unique(y, return_inverse=True): classes sorted; members of each class in row order
  // (the stable argsort scikit-learn uses).
  std::map<double, std::vector<std::size_t>> members;
  for (Eigen::Index i = 0; i < y.size(); ++i) {
    if (std::isnan(y[i])) throw Error("train_test_split: stratify labels contain NaN");
    members[y[i]].push_back(static_cast<std::size_t>(i));
  }
  std::vector<std::size_t> class_counts;
  std::vector<const std::vector<std::size_t>*> class_indices;
  for (const auto& [label, rows] : members) {
    if (rows.size() < 2)
      throw Error(
          "train_test_split: the least populated class in stratify has only 1 member, which is "
          "too few; every class needs at least 2");
    class_counts.push_back(rows.size());
    class_indices.push_back(&rows);
  }
  const std::size_t n_classes = class_counts.size();
  if (n_train < n_classes)
    throw Error("train_test_split: the train size " + std::to_string(n_train) +
                " is smaller than the number of classes " + std::to_string(n_classes));
  if (n_test < n_classes)
    throw Error("train_test_split: the test size " + std::to_string(n_test) +
                " is smaller than the number of classes " + std::to_string(n_classes));

  RandomState rng(seed);
  const std::vector<std::size_t> n_i = approximate_mode(class_counts, n_train, rng);
  std::vector<std::size_t> remaining(n_classes);
  for (std::size_t i = 0; i < n_classes; ++i) remaining[i] = class_counts[i] - n_i[i];
  const std::vector<std::size_t> t_i = approximate_mode(remaining, n_test, rng);

  TrainTestSplit split;
  for (std::size_t i = 0; i < n_classes; ++i) {
    const Indices perm = rng.permutation(class_counts[i]);
    const std::vector<std::size_t>& rows = *class_indices[i];
    for (std::size_t j = 0; j < n_i[i]; ++j) split.train.push_back(rows[perm[j]]);
    for (std::size_t j = n_i[i]; j < n_i[i] + t_i[i]; ++j) split.test.push_back(rows[perm[j]]);
  }
  rng.shuffle(split.train);
  rng.shuffle(split.test);
  return split;
}

}  // namespace

TrainTestSplit train_test_split(std::size_t n_rows, double test_size, std::uint32_t seed,
                                const Vector* stratify) {
  if (!(test_size > 0.0 && test_size < 1.0))
    throw Error("train_test_split: test_size must be in (0, 1) (got " + std::to_string(test_size) +
                ")");
  // scikit-learn: n_test = ceil(test_size * n_samples), n_train = the rest.
  const auto n_test = static_cast<std::size_t>(std::ceil(test_size * static_cast<double>(n_rows)));
  if (n_test >= n_rows)
    throw Error("train_test_split: with " + std::to_string(n_rows) + " rows and test_size " +
                std::to_string(test_size) + " the train set would be empty");
  const std::size_t n_train = n_rows - n_test;
  if (stratify) {
    if (static_cast<std::size_t>(stratify->size()) != n_rows)
      throw Error("train_test_split: stratify has " + std::to_string(stratify->size()) +
                  " labels, expected " + std::to_string(n_rows) + " (one per row)");
    return stratified_split(*stratify, n_train, n_test, seed);
  }
  RandomState rng(seed);
  const Indices perm = rng.permutation(n_rows);
  TrainTestSplit split;
  split.test.assign(perm.begin(), perm.begin() + static_cast<std::ptrdiff_t>(n_test));
  split.train.assign(perm.begin() + static_cast<std::ptrdiff_t>(n_test), perm.end());
  return split;
}

}  // namespace mlcore
