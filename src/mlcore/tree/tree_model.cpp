#include "mlcore/tree/tree_model.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "mlcore/error.hpp"

namespace mlcore {

std::int32_t TreeModel::add_leaf(const double* node_value, std::int64_t n_samples,
                                 double weighted_n, double node_impurity) {
  const auto id = static_cast<std::int32_t>(feature.size());
  feature.push_back(-1);
  threshold.push_back(0.0);
  left.push_back(-1);
  right.push_back(-1);
  value.insert(value.end(), node_value, node_value + n_values);
  n_node_samples.push_back(n_samples);
  weighted_n_node_samples.push_back(weighted_n);
  impurity.push_back(node_impurity);
  return id;
}

void TreeModel::set_split(std::int32_t node, std::int32_t split_feature, double split_threshold,
                          std::int32_t left_child, std::int32_t right_child) {
  const auto i = static_cast<std::size_t>(node);
  feature[i] = split_feature;
  threshold[i] = split_threshold;
  left[i] = left_child;
  right[i] = right_child;
}

int TreeModel::depth() const {
  if (empty()) return 0;
  // Preorder ids: a child's depth is known once its parent's is.
  std::vector<int> node_depth(n_nodes(), 0);
  int deepest = 0;
  for (std::size_t i = 0; i < n_nodes(); ++i) {
    deepest = std::max(deepest, node_depth[i]);
    if (left[i] >= 0) {
      node_depth[static_cast<std::size_t>(left[i])] = node_depth[i] + 1;
      node_depth[static_cast<std::size_t>(right[i])] = node_depth[i] + 1;
    }
  }
  return deepest;
}

int TreeModel::n_leaves() const {
  return static_cast<int>(std::count(left.begin(), left.end(), -1));
}

Vector TreeModel::feature_importances() const {
  Vector importances = Vector::Zero(n_features);
  if (empty()) return importances;
  const std::vector<double>& w = weighted_n_node_samples;
  for (std::size_t i = 0; i < n_nodes(); ++i) {
    if (left[i] < 0) continue;
    const auto l = static_cast<std::size_t>(left[i]);
    const auto r = static_cast<std::size_t>(right[i]);
    importances[feature[i]] += w[i] * impurity[i] - w[l] * impurity[l] - w[r] * impurity[r];
  }
  importances /= w[0];
  const double total = importances.sum();
  if (total > 0.0) importances /= total;
  return importances;
}

void TreeModel::check_valid(const char* what) const {
  const std::string where(what);
  auto fail = [&where](const std::string& message) { throw Error(where + ": " + message); };
  const std::size_t n = n_nodes();
  if (n == 0) fail("the tree has no nodes");
  if (n_features < 1) fail("n_features must be >= 1");
  if (n_values < 1) fail("n_values must be >= 1");
  if (threshold.size() != n || left.size() != n || right.size() != n ||
      n_node_samples.size() != n || weighted_n_node_samples.size() != n || impurity.size() != n ||
      value.size() != n * static_cast<std::size_t>(n_values))
    fail("node arrays have different lengths");
  for (std::size_t i = 0; i < n; ++i) {
    const bool is_leaf = left[i] < 0;
    if (is_leaf != (right[i] < 0)) fail("node " + std::to_string(i) + " has one child");
    if (is_leaf) {
      if (left[i] != -1 || right[i] != -1 || feature[i] != -1)
        fail("leaf " + std::to_string(i) + " has children or a feature");
      continue;
    }
    const auto me = static_cast<std::int64_t>(i);
    if (left[i] <= me || right[i] <= me || static_cast<std::size_t>(left[i]) >= n ||
        static_cast<std::size_t>(right[i]) >= n || left[i] == right[i])
      fail("node " + std::to_string(i) + " has children out of order or out of range");
    if (feature[i] < 0 || feature[i] >= n_features)
      fail("node " + std::to_string(i) + " splits on feature " + std::to_string(feature[i]) +
           " of " + std::to_string(n_features));
    if (!std::isfinite(threshold[i]))
      fail("node " + std::to_string(i) + " has a non-finite threshold");
  }
  for (double v : value)
    if (!std::isfinite(v)) fail("a node value is not finite");
}

}  // namespace mlcore
