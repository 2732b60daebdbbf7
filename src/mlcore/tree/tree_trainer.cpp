#include "tree/tree_trainer.hpp"

#include <cfloat>
#include <climits>
#include <utility>

#include "mlcore/error.hpp"
#include "tree/criteria/entropy.hpp"
#include "tree/criteria/gini.hpp"
#include "tree/criteria/squared_error.hpp"
#include "tree/exact_splitter.hpp"
#include "tree/histogram_splitter.hpp"
#include "tree/sklearn_random.hpp"
#include "tree/split_types.hpp"

namespace mlcore::internal {
namespace {

constexpr double kEpsilon = DBL_EPSILON;  // scikit-learn's EPSILON in _tree.pyx.

template <class Crit, class Splitter>
class Builder {
 public:
  Builder(const TrainingSet& data, const TrainerConfig& config, const double* weights,
          std::uint64_t seed, std::vector<std::int32_t>& rows, Splitter& splitter, int n_stats)
      : data_(data),
        growth_(config.growth),
        weights_(weights),
        rng_(static_cast<std::uint32_t>(seed)),
        rows_(rows),
        splitter_(splitter),
        m_(n_stats),
        max_depth_(config.growth.max_depth < 0 ? INT_MAX : config.growth.max_depth),
        mtry_(resolve_max_features(config.growth.max_features, data.n_features)) {
    for (int f = 0; f < data.n_features; ++f) features_.push_back(f);
    constant_features_.assign(features_.size(), 0);
  }

  TreeModel run() {
    TreeModel model;
    model.n_features = data_.n_features;
    model.n_values = Crit::kClassification ? data_.n_classes : 1;
    NodeTask root;
    root.end = rows_.size();
    root.totals = stats_of(root.start, root.end);
    root.impurity = Crit::impurity(root.totals.stats.data(), m_, root.totals.weight);
    root_weight_ = root.totals.weight;
    splitter_.init_root(root);
    std::vector<NodeTask> stack;
    stack.push_back(std::move(root));
    std::vector<double> value(static_cast<std::size_t>(model.n_values));
    while (!stack.empty()) {
      NodeTask t = std::move(stack.back());
      stack.pop_back();
      node_value(t.totals, value);
      const std::int32_t id =
          model.add_leaf(value.data(), t.totals.count, t.totals.weight, t.impurity);
      if (t.parent >= 0) {
        auto& link = t.is_left ? model.left : model.right;
        link[static_cast<std::size_t>(t.parent)] = id;
      }
      SplitCandidate best;
      NodeStats left_stats;
      NodeStats right_stats;
      double left_impurity = 0.0;
      double right_impurity = 0.0;
      bool leaf = !may_split(t.depth, t.size(), t.impurity);
      int n_constant = t.n_constant_features;
      if (!leaf) {
        splitter_.begin_node(t);
        find_split(t, best, n_constant);
        leaf = best.feature < 0;
      }
      std::size_t mid = t.end;
      if (!leaf) {
        splitter_.finish(best);
        mid = splitter_.partition(t, best);
        children_impurity(t, mid, left_impurity, right_impurity);
        left_stats = stats_of(t.start, mid);
        right_stats = stats_of(mid, t.end);
        // scikit-learn's impurity_improvement(), in its operation order.
        const double w = t.totals.weight;
        const double improvement =
            (w / root_weight_) * (t.impurity - (right_stats.weight / w * right_impurity) -
                                  (left_stats.weight / w * left_impurity));
        leaf = improvement + kEpsilon < growth_.min_impurity_decrease;
      }
      if (leaf) {
        splitter_.release(t);
        continue;
      }
      model.set_split(id, best.feature, best.threshold, -1, -1);
      NodeTask left;
      left.start = t.start;
      left.end = mid;
      left.depth = t.depth + 1;
      left.parent = id;
      left.is_left = true;
      left.impurity = left_impurity;
      left.totals = std::move(left_stats);
      left.n_constant_features = n_constant;
      NodeTask right;
      right.start = mid;
      right.end = t.end;
      right.depth = t.depth + 1;
      right.parent = id;
      right.impurity = right_impurity;
      right.totals = std::move(right_stats);
      right.n_constant_features = n_constant;
      splitter_.prepare_children(t, left, right, may_split(left.depth, left.size(), left_impurity),
                                 may_split(right.depth, right.size(), right_impurity));
      stack.push_back(std::move(right));  // Left is grown first: preorder ids.
      stack.push_back(std::move(left));
    }
    return model;
  }

 private:
  bool may_split(int depth, std::size_t n, double impurity) const {
    const auto min_leaf = static_cast<std::size_t>(growth_.min_samples_leaf);
    return depth < max_depth_ && n >= static_cast<std::size_t>(growth_.min_samples_split) &&
           n >= 2 * min_leaf && impurity > kEpsilon;
  }

  // scikit-learn's BestSplitter feature loop, draw for draw: features are drawn without
  // replacement from those not known to be constant, until max_features were visited and at
  // least one was not constant. Features found constant are remembered for the node's subtree
  // (n_constant: in = known from the ancestors, out = known for the children).
  void find_split(const NodeTask& t, SplitCandidate& best, int& n_constant) {
    int* features = features_.data();
    int f_i = data_.n_features;
    int n_visited = 0;
    int n_found_constants = 0;
    int n_drawn_constants = 0;
    const int n_known_constants = n_constant;
    int n_total_constants = n_known_constants;
    while (f_i > n_total_constants &&
           (n_visited < mtry_ || n_visited <= n_found_constants + n_drawn_constants)) {
      ++n_visited;
      int f_j = rng_.rand_int(n_drawn_constants, f_i - n_found_constants);
      if (f_j < n_known_constants) {
        std::swap(features[n_drawn_constants], features[f_j]);
        ++n_drawn_constants;
        continue;
      }
      f_j += n_found_constants;
      if (!splitter_.evaluate(t, features[f_j], best)) {
        std::swap(features[f_j], features[n_total_constants]);
        ++n_found_constants;
        ++n_total_constants;
        continue;
      }
      --f_i;
      std::swap(features[f_i], features[f_j]);
    }
    // Keep the ancestors' constants in their order for siblings; append the new ones.
    std::copy(constant_features_.begin(), constant_features_.begin() + n_known_constants,
              features_.begin());
    std::copy(features_.begin() + n_known_constants,
              features_.begin() + n_known_constants + n_found_constants,
              constant_features_.begin() + n_known_constants);
    n_constant = n_total_constants;
  }

  void add_row(NodeStats& s, std::int32_t r) const {
    const double w = weights_ ? weights_[r] : 1.0;
    ++s.count;
    s.weight += w;
    if constexpr (Crit::kClassification) {
      s.stats[static_cast<std::size_t>(data_.class_index[r])] += w;
    } else {
      const double y = data_.y[r];
      s.stats[0] += w * y;
      s.stats[1] += w * y * y;
    }
  }

  NodeStats stats_of(std::size_t start, std::size_t end) const {
    NodeStats s;
    s.stats.assign(static_cast<std::size_t>(m_), 0.0);
    for (std::size_t i = start; i < end; ++i) add_row(s, rows_[i]);
    return s;
  }

  // The children's impurities as scikit-learn's node_split computes them after partitioning:
  // Criterion.reset() + update(pos) (forward from the start, or backward from the end when that
  // is shorter) and children_impurity(), so the values, and decisions on them, agree to the bit.
  void children_impurity(const NodeTask& t, std::size_t mid, double& left_impurity,
                         double& right_impurity) const {
    const std::size_t m = static_cast<std::size_t>(m_);
    std::vector<double> left(m, 0.0);
    std::vector<double> right(m, 0.0);
    double w_left = 0.0;
    auto add = [&](std::int32_t r, double sign) {
      const double w = weights_ ? weights_[r] : 1.0;
      if constexpr (Crit::kClassification) {
        left[static_cast<std::size_t>(data_.class_index[r])] += sign * w;
      } else {
        left[0] += sign * (w * data_.y[r]);
      }
      w_left += sign * w;
    };
    if (mid - t.start <= t.end - mid) {
      for (std::size_t i = t.start; i < mid; ++i) add(rows_[i], 1.0);
    } else {
      for (std::size_t j = 0; j < m; ++j) left[j] = t.totals.stats[j];
      w_left = t.totals.weight;
      for (std::size_t i = t.end; i-- > mid;) add(rows_[i], -1.0);
    }
    const double w_right = t.totals.weight - w_left;
    if constexpr (Crit::kClassification) {
      for (std::size_t j = 0; j < m; ++j) right[j] = t.totals.stats[j] - left[j];
    } else {
      // children_impurity() sums w*y^2 forward over the left rows; the right side is the rest.
      double sq_left = 0.0;
      for (std::size_t i = t.start; i < mid; ++i) {
        const std::int32_t r = rows_[i];
        const double w = weights_ ? weights_[r] : 1.0;
        sq_left += w * data_.y[r] * data_.y[r];
      }
      left[1] = sq_left;
      right[0] = t.totals.stats[0] - left[0];
      right[1] = t.totals.stats[1] - sq_left;
    }
    left_impurity = Crit::impurity(left.data(), m_, w_left);
    right_impurity = Crit::impurity(right.data(), m_, w_right);
  }

  void node_value(const NodeStats& s, std::vector<double>& value) const {
    if constexpr (Crit::kClassification) {
      for (std::size_t c = 0; c < value.size(); ++c) value[c] = s.stats[c] / s.weight;
    } else {
      value[0] = s.stats[0] / s.weight;
    }
  }

  const TrainingSet& data_;
  const TreeGrowthParams& growth_;
  const double* weights_;
  SklearnRandR rng_;
  std::vector<std::int32_t>& rows_;
  Splitter& splitter_;
  int m_;
  int max_depth_;
  int mtry_;
  double root_weight_ = 0.0;
  std::vector<int> features_;
  std::vector<int> constant_features_;
};

template <class Crit>
TreeModel grow(const TrainingSet& data, const TrainerConfig& config, const double* weights,
               std::uint64_t seed) {
  std::vector<std::int32_t> rows;
  rows.reserve(data.n_rows);
  for (std::size_t r = 0; r < data.n_rows; ++r)
    if (!weights || weights[r] > 0.0) rows.push_back(static_cast<std::int32_t>(r));
  if (rows.empty()) throw Error("cannot grow a tree: no row has a positive sample weight");
  const int n_stats = Crit::kClassification ? data.n_classes : SquaredErrorCriterion::kStats;
  const int scan_stats = Crit::kClassification ? data.n_classes : SquaredErrorCriterion::kScanStats;
  const int min_leaf = config.growth.min_samples_leaf;
  if (data.binned && weights) {
    HistogramSplitter<Crit, false> splitter(data, weights, rows, scan_stats, min_leaf,
                                            config.histogram_min_rows);
    return Builder<Crit, HistogramSplitter<Crit, false>>(data, config, weights, seed, rows,
                                                         splitter, n_stats)
        .run();
  }
  if (data.binned) {
    HistogramSplitter<Crit, true> splitter(data, weights, rows, scan_stats, min_leaf,
                                           config.histogram_min_rows);
    return Builder<Crit, HistogramSplitter<Crit, true>>(data, config, weights, seed, rows, splitter,
                                                        n_stats)
        .run();
  }
  ExactSplitter<Crit> splitter(data, weights, rows, scan_stats, min_leaf);
  return Builder<Crit, ExactSplitter<Crit>>(data, config, weights, seed, rows, splitter, n_stats)
      .run();
}

}  // namespace

TreeModel grow_tree(const TrainingSet& data, const TrainerConfig& config, const double* weights,
                    std::uint64_t seed) {
  switch (config.criterion) {
    case Criterion::kGini:
      return grow<GiniCriterion>(data, config, weights, seed);
    case Criterion::kEntropy:
      return grow<EntropyCriterion>(data, config, weights, seed);
    case Criterion::kSquaredError:
      return grow<SquaredErrorCriterion>(data, config, weights, seed);
  }
  throw Error("unknown tree criterion");
}

}  // namespace mlcore::internal
