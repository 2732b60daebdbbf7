// Internal: exact split search, scikit-learn 1.2's BestSplitter. For each feature the node's rows
// are sorted by value in place, with scikit-learn's own sort (sklearn_sort.hpp), and every boundary
// between distinct values (further apart than kFeatureThreshold) leaving min_samples_leaf rows per
// side is scored. The left statistics are updated incrementally exactly as scikit-learn's
// Criterion.update does (forward from the last position, or backward from the node's end when that
// is shorter), so sums, proxies and therefore the chosen split match scikit-learn's to the bit. The
// final partition is scikit-learn's swap partition too, so children see their rows in
// scikit-learn's order.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "tree/binned_data.hpp"
#include "tree/sklearn_sort.hpp"
#include "tree/split_types.hpp"
#include "tree/tree_trainer.hpp"

namespace mlcore::internal {

template <class Crit>
class ExactSplitter {
 public:
  ExactSplitter(const TrainingSet& data, const double* weights, std::vector<std::int32_t>& rows,
                int scan_stats, int min_samples_leaf)
      : data_(data),
        weights_(weights),
        rows_(rows),
        m_(scan_stats),
        min_leaf_(static_cast<std::size_t>(min_samples_leaf)),
        left_(static_cast<std::size_t>(scan_stats)),
        right_(static_cast<std::size_t>(scan_stats)) {}

  void init_root(NodeTask&) {}
  void begin_node(const NodeTask&) {}
  void release(NodeTask&) {}
  void prepare_children(NodeTask&, NodeTask&, NodeTask&, bool, bool) {}
  void finish(SplitCandidate&) const {}

  bool goes_left(std::int32_t row, const SplitCandidate& split) const {
    return column(split.feature)[row] <= split.threshold;
  }

  // scikit-learn's partition of the node's rows: a left-to-right scan swapping right-going rows
  // to the back. Returns the first row of the right child.
  std::size_t partition(const NodeTask& t, const SplitCandidate& split) {
    std::size_t p = t.start;
    std::size_t partition_end = t.end;
    while (p < partition_end) {
      if (goes_left(rows_[p], split)) {
        ++p;
      } else {
        --partition_end;
        std::swap(rows_[p], rows_[partition_end]);
      }
    }
    return p;
  }

  // Scores feature f in node t, updating best. Returns false if f is constant in the node.
  // Leaves the node's rows sorted by f (scikit-learn does the same; it decides the row order
  // the children inherit).
  bool evaluate(const NodeTask& t, int f, SplitCandidate& best) {
    const double* col = column(f);
    const std::size_t n = t.size();
    std::int32_t* samples = rows_.data() + t.start;
    xf_.resize(n);
    for (std::size_t i = 0; i < n; ++i) xf_[i] = col[samples[i]];
    sklearn_sort(xf_.data(), samples, n);
    if (xf_[n - 1] <= xf_[0] + kFeatureThreshold) return false;

    std::fill(left_.begin(), left_.end(), 0.0);
    weighted_left_ = 0.0;
    pos_ = 0;
    const double total_w = t.totals.weight;
    const double* total = t.totals.stats.data();
    std::size_t p = 0;
    while (p < n) {
      while (p + 1 < n && xf_[p + 1] <= xf_[p] + kFeatureThreshold) ++p;
      ++p;
      if (p >= n) break;
      if (p < min_leaf_ || n - p < min_leaf_) continue;
      update(p, n, t, samples);
      const double weighted_right = total_w - weighted_left_;
      for (int j = 0; j < m_; ++j) right_[j] = total[j] - left_[j];
      const double proxy =
          Crit::proxy(left_.data(), weighted_left_, right_.data(), weighted_right, m_);
      if (proxy > best.proxy) {
        best.proxy = proxy;
        best.feature = f;
        best.threshold = midpoint_threshold(xf_[p - 1], xf_[p]);
      }
    }
    return true;
  }

 private:
  const double* column(int f) const {
    return data_.columns + static_cast<std::size_t>(f) * data_.n_rows;
  }

  void add(std::int32_t r, double sign) {
    const double w = weights_ ? weights_[r] : 1.0;
    if constexpr (Crit::kClassification) {
      left_[static_cast<std::size_t>(data_.class_index[r])] += sign * w;
    } else {
      left_[0] += sign * (w * data_.y[r]);
    }
    weighted_left_ += sign * w;
  }

  // scikit-learn's Criterion.update(new_pos) for the sorted rows of the node.
  void update(std::size_t new_pos, std::size_t n, const NodeTask& t, const std::int32_t* samples) {
    if (new_pos - pos_ <= n - new_pos) {
      for (std::size_t q = pos_; q < new_pos; ++q) add(samples[q], 1.0);
    } else {
      // reverse_reset(): everything on the left, then take rows off from the end.
      for (int j = 0; j < m_; ++j) left_[j] = t.totals.stats[static_cast<std::size_t>(j)];
      weighted_left_ = t.totals.weight;
      for (std::size_t q = n; q-- > new_pos;) add(samples[q], -1.0);
    }
    pos_ = new_pos;
  }

  const TrainingSet& data_;
  const double* weights_;
  std::vector<std::int32_t>& rows_;
  int m_;
  std::size_t min_leaf_;
  std::vector<double> xf_;
  std::vector<double> left_;
  std::vector<double> right_;
  double weighted_left_ = 0.0;
  std::size_t pos_ = 0;
};

}  // namespace mlcore::internal
