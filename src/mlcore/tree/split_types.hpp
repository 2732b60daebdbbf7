// Internal: the small records the CART trainer and its split searches pass around.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace mlcore::internal {

// scikit-learn's FEATURE_THRESHOLD: sorted values closer than this count as equal, and a feature
// whose range in a node is within it is constant there.
constexpr double kFeatureThreshold = 1e-7;

// Sums over the rows of a node: how many, their weight, and the criterion's statistics
// (per-class weights for classification; sum w*y and sum w*y^2 for regression).
struct NodeStats {
  std::int64_t count = 0;
  double weight = 0.0;
  std::vector<double> stats;
};

// A node waiting to be grown: rows[start, end) of the trainer's row array.
struct NodeTask {
  std::size_t start = 0;
  std::size_t end = 0;
  int depth = 0;
  std::int32_t parent = -1;
  bool is_left = false;
  double impurity = 0.0;
  NodeStats totals;
  int n_constant_features = 0;  // Features known constant here (scikit-learn's bookkeeping).
  int histogram = -1;           // Histogram mode: pool slot holding this node's histograms, or -1.

  std::size_t size() const { return end - start; }
};

// The best split seen so far in a node.
struct SplitCandidate {
  int feature = -1;                                             // -1: none found yet.
  double proxy = -std::numeric_limits<double>::infinity();      // Exact search: the proxy.
  double score_num = -std::numeric_limits<double>::infinity();  // Histogram search: the score
  double score_den = 1.0;                                       // num / den (den > 0).
  double threshold = 0.0;
  int lo_bin = 0;  // Histogram mode: rows with code <= lo_bin go left ...
  int hi_bin = 0;  // ... and hi_bin is the next bin holding rows of the node.
};

}  // namespace mlcore::internal
