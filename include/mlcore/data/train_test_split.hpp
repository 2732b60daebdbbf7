// train_test_split: one seeded random partition of row indices, identical to scikit-learn 1.2's
// `train_test_split(..., test_size=t, random_state=seed, stratify=y)` index choice.
//
//   - Unstratified (ShuffleSplit): perm = RandomState(seed).permutation(n);
//     test = perm[:n_test], train = perm[n_test:]; n_test = ceil(test_size * n).
//   - Stratified (StratifiedShuffleSplit): scikit-learn's _approximate_mode allocation of train
//     and test counts per class (ties broken with the same random draws), per-class permutations,
//     then both index lists permuted; the exact same stream of draws as scikit-learn, so the
//     indices are identical, not only the class counts.
// Index order is scikit-learn's too (a random order, not sorted): use take_rows with them.
//
// Errors (mlcore::Error): test_size outside (0, 1), an empty train or test side, stratify with a
// size other than n_rows, a class with fewer than 2 members, or fewer train/test rows than
// classes (scikit-learn's own ValueErrors).
// Thread safety: a pure function.
#pragma once

#include <cstddef>
#include <cstdint>

#include "mlcore/linalg.hpp"

namespace mlcore {

struct TrainTestSplit {
  Indices train;  // Row indices of the training side (scikit-learn's order).
  Indices test;   // Row indices of the test side (scikit-learn's order).
};

// stratify: class labels per row (any doubles), or nullptr for a plain shuffled split.
TrainTestSplit train_test_split(std::size_t n_rows, double test_size, std::uint32_t seed,
                                const Vector* stratify = nullptr);

}  // namespace mlcore
