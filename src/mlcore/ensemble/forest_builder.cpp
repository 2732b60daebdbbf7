#include "ensemble/forest_builder.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "tree/binned_data.hpp"
#include "tree/sklearn_random.hpp"

namespace mlcore::internal {
namespace {

TreeModel grow_one(const TrainingSet& data, const ForestConfig& config, const Vector* sample_weight,
                   std::uint32_t seed) {
  std::vector<double> weights;
  if (config.bootstrap) {
    // scikit-learn's _generate_sample_indices: RandomState(seed).randint(0, n, n), as counts.
    NumpyRandomState rng(seed);
    const auto n = static_cast<std::int64_t>(data.n_rows);
    weights.assign(data.n_rows, 0.0);
    for (std::int64_t i = 0; i < n; ++i)
      weights[static_cast<std::size_t>(rng.randint(0, n))] += 1.0;
    if (sample_weight)
      for (std::size_t i = 0; i < data.n_rows; ++i)
        weights[i] *= (*sample_weight)[static_cast<Eigen::Index>(i)];
    // A bootstrap may miss every positively weighted row (tiny data): fall back to all rows.
    if (sample_weight &&
        std::none_of(weights.begin(), weights.end(), [](double w) { return w > 0; }))
      weights.assign(sample_weight->data(), sample_weight->data() + sample_weight->size());
  } else if (sample_weight) {
    weights.assign(sample_weight->data(), sample_weight->data() + sample_weight->size());
  }
  return grow_tree(data, config.trainer, weights.empty() ? nullptr : weights.data(), seed);
}

}  // namespace

std::vector<std::uint32_t> tree_seeds(std::uint64_t random_state, int n_estimators) {
  // scikit-learn's _set_random_states: one RandomState(random_state).randint(INT32_MAX) per tree.
  NumpyRandomState rng(static_cast<std::uint32_t>(random_state));
  std::vector<std::uint32_t> seeds;
  for (int t = 0; t < n_estimators; ++t)
    seeds.push_back(static_cast<std::uint32_t>(rng.randint(0, 2147483647)));
  return seeds;
}

std::vector<TreeModel> grow_forest(const Matrix& X, TrainingSet data, const ForestConfig& config,
                                   const Vector* sample_weight) {
  data.n_rows = static_cast<std::size_t>(X.rows());
  data.n_features = static_cast<int>(X.cols());
  std::vector<double> columns;
  BinnedData binned;
  if (config.trainer.growth.max_bins > 0) {
    binned = bin_features(X, config.trainer.growth.max_bins);
    data.binned = &binned;
  } else {
    columns = to_columns(X);
    data.columns = columns.data();
  }
  const auto n_trees = static_cast<std::size_t>(config.n_estimators);
  const std::vector<std::uint32_t> seeds =
      tree_seeds(config.trainer.growth.random_state, config.n_estimators);
  std::vector<TreeModel> trees(n_trees);
  int n_threads =
      config.n_jobs > 0 ? config.n_jobs : static_cast<int>(std::thread::hardware_concurrency());
  n_threads = std::max(1, std::min(n_threads, config.n_estimators));

  std::atomic<int> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&]() {
    for (int t = next++; t < config.n_estimators; t = next++) {
      try {
        trees[static_cast<std::size_t>(t)] =
            grow_one(data, config, sample_weight, seeds[static_cast<std::size_t>(t)]);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < n_threads; ++i) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
  return trees;
}

Vector forest_importances(const std::vector<TreeModel>& trees, int n_features) {
  Vector sum = Vector::Zero(n_features);
  int used = 0;
  for (const TreeModel& tree : trees) {
    if (tree.n_nodes() <= 1) continue;
    sum += tree.feature_importances();
    ++used;
  }
  if (used == 0) return sum;
  sum /= used;
  const double total = sum.sum();
  if (total > 0.0) sum /= total;
  return sum;
}

}  // namespace mlcore::internal
