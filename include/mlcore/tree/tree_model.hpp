// A fitted decision tree stored flat (LightGBM / scikit-learn tree_ style): node i is described by
// the i-th entry of each array. The model only predicts; growing it is the trainer's job
// (src/mlcore/tree/tree_trainer.hpp), so forests, boosting or a loaded file all share this type.
//
// Nodes are numbered in depth-first preorder, root = 0, so children always have larger ids than
// their parent (check_valid() relies on it to rule out cycles in a loaded file). A leaf has
// feature == -1 and left == right == -1. An internal node sends x left when
// x[feature] <= threshold (NaN goes right).
//
// value holds n_values numbers per node (row-major, node i at value[i * n_values]): the weighted
// class distribution (summing to 1) for classifiers, the weighted mean target for regressors.
//
// Thread safety: const methods may be called concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore {

struct TreeModel {
  int n_features = 0;  // Width of the rows the tree was grown on.
  int n_values = 1;    // Numbers per node in `value` (classes, or 1 for regression).

  std::vector<std::int32_t> feature;            // Split feature, -1 for leaves.
  std::vector<double> threshold;                // Split threshold (0 for leaves).
  std::vector<std::int32_t> left;               // Left child id, -1 for leaves.
  std::vector<std::int32_t> right;              // Right child id, -1 for leaves.
  std::vector<double> value;                    // n_nodes * n_values, see above.
  std::vector<std::int64_t> n_node_samples;     // Training rows (with weight > 0) in the node.
  std::vector<double> weighted_n_node_samples;  // Their total sample weight.
  std::vector<double> impurity;                 // Criterion value of the node.

  std::size_t n_nodes() const { return feature.size(); }
  bool empty() const { return feature.empty(); }

  // Appends a leaf and returns its id; the trainer turns it into a split with set_split().
  std::int32_t add_leaf(const double* node_value, std::int64_t n_samples, double weighted_n,
                        double node_impurity);
  void set_split(std::int32_t node, std::int32_t split_feature, double split_threshold,
                 std::int32_t left_child, std::int32_t right_child);

  // Id of the leaf row x (n_features values) lands in. No bounds checks: the callers check shape.
  std::int32_t apply(const double* x) const {
    std::int32_t node = 0;
    while (left[static_cast<std::size_t>(node)] >= 0) {
      const auto i = static_cast<std::size_t>(node);
      node = x[feature[i]] <= threshold[i] ? left[i] : right[i];
    }
    return node;
  }
  const double* leaf_value(const double* x) const {
    return value.data() + static_cast<std::size_t>(apply(x)) * static_cast<std::size_t>(n_values);
  }

  int depth() const;     // Longest root-to-leaf path in edges (a lone root has depth 0).
  int n_leaves() const;  // Number of leaves.

  // Total weighted impurity decrease per feature, normalized to sum to 1 (all zeros for a tree
  // that is a single leaf), as scikit-learn's feature_importances_.
  Vector feature_importances() const;

  // Throws mlcore::Error("<what>: ...") unless the arrays are consistent: equal lengths, children
  // after their parent and in range, features in [0, n_features), finite thresholds and values.
  void check_valid(const char* what) const;
};

}  // namespace mlcore
