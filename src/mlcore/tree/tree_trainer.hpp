// Internal: the CART trainer. Grows one TreeModel depth-first (left child first, so node ids are
// scikit-learn's preorder) from a prepared training set; single trees and forests both call it.
//
// Per node, in scikit-learn 1.2's order and with its random streams (sklearn_random.hpp): the
// node becomes a leaf when depth == max_depth, it has fewer than min_samples_split or
// 2 * min_samples_leaf rows, or its impurity <= DBL_EPSILON; otherwise features are drawn in
// scikit-learn's random order (max_features of them, going on past constant features until one
// non-constant feature was seen), the split with the largest criterion proxy wins (strictly
// larger: ties keep the earlier candidate, as in scikit-learn), and the node stays a leaf if no
// split leaves min_samples_leaf rows on both sides or the weighted impurity decrease +
// DBL_EPSILON < min_impurity_decrease. With exact splits the rows are also kept in
// scikit-learn's order, so every sum is added in the same order and the tree for a given
// random_state is scikit-learn's, node for node.
//
// Histogram splits partition rows stably instead (each node's rows stay increasing, which keeps
// column reads sequential).
#pragma once

#include <cstdint>
#include <vector>

#include "mlcore/tree/tree_model.hpp"
#include "mlcore/tree/tree_params.hpp"
#include "tree/binned_data.hpp"

namespace mlcore::internal {

// What a tree is grown on. Exactly one of `columns` (exact splits) and `binned` (histogram
// splits) is set; both are shared read-only by concurrent trainers.
struct TrainingSet {
  std::size_t n_rows = 0;
  int n_features = 0;
  const double* columns = nullptr;     // Column-major X (to_columns), for exact splits.
  const BinnedData* binned = nullptr;  // Binned X, for histogram splits.
  int n_classes = 0;                   // > 0: classification with class_index; 0: regression.
  const std::int32_t* class_index = nullptr;  // Class of row r in [0, n_classes).
  const double* y = nullptr;                  // Regression target of row r.
};

struct TrainerConfig {
  Criterion criterion = Criterion::kGini;
  TreeGrowthParams growth;  // Already validated; max_bins is ignored (the TrainingSet decides).
  // Histogram mode: nodes with fewer rows skip histograms and tally their bins directly, which is
  // cheaper than building/subtracting/scanning full histograms for small nodes. 0 = automatic.
  std::size_t histogram_min_rows = 0;
};

// Grows a tree. weights: per-row sample weight (nullptr = all 1); rows of weight 0 take no part.
// seed is scikit-learn's random_state (low 32 bits) and drives the feature draws. Throws
// mlcore::Error if no row has a positive weight.
TreeModel grow_tree(const TrainingSet& data, const TrainerConfig& config, const double* weights,
                    std::uint64_t seed);

}  // namespace mlcore::internal
