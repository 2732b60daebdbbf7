// Internal: histogram split search on binned features (LightGBM / HistGradientBoosting style).
//
// A node's histogram holds, per feature and bin, S = 2 + m numbers: row count, weight, and the
// criterion's scan statistics (per-class weights, or sum w*y). Without sample weights (kUnit)
// count and weight are the same number and classification needs only the class counts, so S
// shrinks to m (classification) or 2 (count, sum y): fewer additions per row and smaller
// histograms. Scanning a feature's bins in order
// gives every split "code <= b" with the same partitions exact search would see on binned values.
// Only the smaller child's histogram is built from its rows; the larger one's is the parent's
// minus it (computed in the parent's buffer). Nodes below histogram_min_rows, where a full
// histogram costs more than the rows, instead tally their bins per feature into one 256-bin
// scratch histogram with a bitmap of the bins they touched, so their cost is proportional to
// their rows.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "tree/binned_data.hpp"
#include "tree/split_types.hpp"
#include "tree/tree_trainer.hpp"

namespace mlcore::internal {

template <class Crit, bool kUnit>
class HistogramSplitter {
 public:
  HistogramSplitter(const TrainingSet& data, const double* weights, std::vector<std::int32_t>& rows,
                    int scan_stats, int min_samples_leaf, std::size_t min_rows)
      : data_(data),
        bins_(*data.binned),
        weights_(weights),
        rows_(rows),
        m_(scan_stats),
        s_(!kUnit ? 2 + static_cast<std::size_t>(scan_stats)
                  : (Crit::kClassification ? static_cast<std::size_t>(scan_stats) : 2)),
        min_leaf_(min_samples_leaf),
        left_(s_),
        right_(static_cast<std::size_t>(scan_stats)),
        dense_(256 * s_, 0.0) {
    hist_size_ = bins_.total_bins() * s_;
    const std::size_t avg_bins = bins_.total_bins() / static_cast<std::size_t>(bins_.n_features);
    min_rows_ = min_rows > 0 ? min_rows : std::max<std::size_t>(64, avg_bins * s_ / 2);
  }

  void init_root(NodeTask& root) {
    if (root.size() >= min_rows_) {
      root.histogram = acquire();
      build(pool_[static_cast<std::size_t>(root.histogram)].data(), root.start, root.end);
    }
  }

  void begin_node(const NodeTask& t) {
    if (t.histogram < 0) gather(t.start, t.end);
  }

  void release(NodeTask& t) {
    if (t.histogram >= 0) free_.push_back(t.histogram);
    t.histogram = -1;
  }

  bool goes_left(std::int32_t row, const SplitCandidate& split) const {
    return bins_.column(split.feature)[row] <= split.lo_bin;
  }

  // Stable partition of the node's rows (left rows first, both still increasing, which keeps
  // the column reads of the children sequential). Returns the first row of the right child.
  std::size_t partition(const NodeTask& t, const SplitCandidate& split) {
    scratch_.resize(t.size());
    std::size_t n_left = t.start;
    std::size_t n_right = 0;
    for (std::size_t i = t.start; i < t.end; ++i) {
      const std::int32_t r = rows_[i];
      if (goes_left(r, split)) {
        rows_[n_left++] = r;
      } else {
        scratch_[n_right++] = r;
      }
    }
    std::copy(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(n_right),
              rows_.begin() + static_cast<std::ptrdiff_t>(n_left));
    return n_left;
  }

  void finish(SplitCandidate& split) const {
    split.threshold = bins_.threshold(split.feature, split.lo_bin, split.hi_bin);
  }

  // After the parent's rows were partitioned: gives the children that will be split their
  // histograms (smaller one built, larger one = parent - smaller in the parent's buffer).
  void prepare_children(NodeTask& parent, NodeTask& left, NodeTask& right, bool need_left,
                        bool need_right) {
    need_left = need_left && left.size() >= min_rows_;
    need_right = need_right && right.size() >= min_rows_;
    if (parent.histogram < 0) return;
    if (!need_left && !need_right) {
      release(parent);
      return;
    }
    NodeTask& small = left.size() <= right.size() ? left : right;
    NodeTask& large = left.size() <= right.size() ? right : left;
    const bool need_small = &small == &left ? need_left : need_right;
    const bool need_large = &large == &left ? need_left : need_right;
    const int slot = acquire();
    double* hs = pool_[static_cast<std::size_t>(slot)].data();
    build(hs, small.start, small.end);
    if (need_large) {
      double* hp = pool_[static_cast<std::size_t>(parent.histogram)].data();
      for (std::size_t i = 0; i < hist_size_; ++i) hp[i] -= hs[i];
      large.histogram = parent.histogram;
      parent.histogram = -1;
    } else {
      release(parent);
    }
    if (need_small) {
      small.histogram = slot;
    } else {
      free_.push_back(slot);
    }
  }

  // Scores feature f in node t, updating best. Returns false if all rows share one bin.
  bool evaluate(const NodeTask& t, int f, SplitCandidate& best) {
    Scan scan(*this, t, f, best);
    if (t.histogram >= 0) {
      const double* h = pool_[static_cast<std::size_t>(t.histogram)].data() +
                        bins_.offset[static_cast<std::size_t>(f)] * s_;
      const int nb = bins_.n_bins[static_cast<std::size_t>(f)];
      for (int b = 0; b < nb && !scan.done; ++b) {
        const double* e = h + static_cast<std::size_t>(b) * s_;
        if (count_of(e) != 0.0) scan.visit(b, e);
      }
      return scan.nonempty > 1;
    }
    // Small node: tally its bins into the scratch histogram, visit the touched bins in order.
    const std::uint8_t* col = bins_.column(f);
    std::uint64_t touched[4] = {0, 0, 0, 0};
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i) {
      const unsigned b = col[rows_[t.start + i]];
      touched[b >> 6] |= std::uint64_t{1} << (b & 63);
      add_row(dense_.data() + b * s_, i);
    }
    for (unsigned word = 0; word < 4; ++word) {
      for (std::uint64_t bits = touched[word]; bits != 0; bits &= bits - 1) {
        const unsigned b = word * 64 + static_cast<unsigned>(__builtin_ctzll(bits));
        double* e = dense_.data() + b * s_;
        if (!scan.done) scan.visit(static_cast<int>(b), e);
        std::fill(e, e + s_, 0.0);
      }
    }
    return scan.nonempty > 1;
  }

 private:
  // Walks one feature's non-empty bins in increasing order, scoring the split before each.
  struct Scan {
    Scan(HistogramSplitter& sp, const NodeTask& t, int feature, SplitCandidate& best_split)
        : s(sp), task(t), f(feature), best(best_split) {
      std::fill(s.left_.begin(), s.left_.end(), 0.0);
    }
    void visit(int b, const double* e) {
      if (prev >= 0) {
        const double n_left = s.count_of(s.left_.data());
        const double n_right = static_cast<double>(task.totals.count) - n_left;
        if (n_right < s.min_leaf_) {
          done = true;  // Later splits only move rows left.
          ++nonempty;
          return;
        }
        if (n_left >= s.min_leaf_) {
          const double w_left = kUnit ? n_left : s.left_[1];
          const double w_right = task.totals.weight - w_left;
          const double* total = task.totals.stats.data();
          const double* stats_left = s.left_.data() + s.stats_offset();
          for (int j = 0; j < s.m_; ++j) s.right_[j] = total[j] - stats_left[j];
          double num = 0.0;
          double den = 1.0;
          Crit::score(stats_left, w_left, s.right_.data(), w_right, s.m_, num, den);
          // num / den > best num / best den without dividing (both denominators are > 0).
          if (num * best.score_den > best.score_num * den) {
            best.score_num = num;
            best.score_den = den;
            best.feature = f;
            best.lo_bin = prev;
            best.hi_bin = b;
          }
        }
      }
      for (std::size_t j = 0; j < s.s_; ++j) s.left_[j] += e[j];
      prev = b;
      ++nonempty;
    }
    HistogramSplitter& s;
    const NodeTask& task;
    int f;
    SplitCandidate& best;
    int prev = -1;
    int nonempty = 0;
    bool done = false;
  };

  int acquire() {
    if (!free_.empty()) {
      const int slot = free_.back();
      free_.pop_back();
      return slot;
    }
    pool_.emplace_back(hist_size_);
    return static_cast<int>(pool_.size()) - 1;
  }

  // Per-row weight and statistic of rows_[start, end), so the per-feature loops read them
  // sequentially instead of through the row index.
  void gather(std::size_t start, std::size_t end) {
    const std::size_t n = end - start;
    gw_.resize(n);
    gv_.resize(n);
    gc_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::int32_t r = rows_[start + i];
      const double w = weights_ ? weights_[r] : 1.0;
      gw_[i] = w;
      if constexpr (Crit::kClassification) {
        gc_[i] = static_cast<std::uint32_t>(data_.class_index[r]);
      } else {
        gv_[i] = w * data_.y[r];
      }
    }
  }

  void add_row(double* e, std::size_t i) {
    if constexpr (kUnit) {
      if constexpr (Crit::kClassification) {
        e[gc_[i]] += 1.0;
      } else {
        e[0] += 1.0;
        e[1] += gv_[i];
      }
    } else {
      e[0] += 1.0;
      e[1] += gw_[i];
      if constexpr (Crit::kClassification) {
        e[2 + gc_[i]] += gw_[i];
      } else {
        e[2] += gv_[i];
      }
    }
  }

  // Rows in a histogram entry (or accumulated entries).
  double count_of(const double* e) const {
    if constexpr (kUnit && Crit::kClassification) {
      double n = 0.0;
      for (int c = 0; c < m_; ++c) n += e[c];
      return n;
    } else {
      return e[0];
    }
  }
  // Where the scan statistics start in an entry.
  std::size_t stats_offset() const { return kUnit ? (Crit::kClassification ? 0 : 1) : 2; }

  // Fills histogram h (zeroed here) from rows_[start, end).
  void build(double* h, std::size_t start, std::size_t end) {
    std::fill(h, h + hist_size_, 0.0);
    gather(start, end);
    const std::size_t n = end - start;
    const std::int32_t* rows = rows_.data() + start;
    for (int f = 0; f < bins_.n_features; ++f) {
      const std::uint8_t* col = bins_.column(f);
      double* hf = h + bins_.offset[static_cast<std::size_t>(f)] * s_;
      for (std::size_t i = 0; i < n; ++i) add_row(hf + col[rows[i]] * s_, i);
    }
  }

  const TrainingSet& data_;
  const BinnedData& bins_;
  const double* weights_;
  std::vector<std::int32_t>& rows_;
  std::vector<std::int32_t> scratch_;
  int m_;
  std::size_t s_;
  int min_leaf_;
  std::size_t min_rows_ = 0;
  std::size_t hist_size_ = 0;
  std::vector<std::vector<double>> pool_;
  std::vector<int> free_;
  std::vector<double> left_;
  std::vector<double> right_;
  std::vector<double> dense_;
  std::vector<double> gw_;
  std::vector<double> gv_;
  std::vector<std::uint32_t> gc_;
};

}  // namespace mlcore::internal
