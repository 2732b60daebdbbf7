// Internal: grows the trees of a random forest in parallel (std::thread), shared by the
// classifier and the regressor.
//
// X is prepared once for all trees (binned when growth.max_bins > 0, else copied column-major).
// Tree t gets seed tree_seeds(random_state, n)[t], drawn up front exactly as scikit-learn draws
// its estimators' random_state; from it come the tree's bootstrap counts and feature draws in
// scikit-learn's streams (sklearn_random.hpp). So the forest is the same for every thread count,
// and with exact splits (max_bins = 0) it is scikit-learn's forest wherever splits are untied.
#pragma once

#include <cstdint>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/tree/tree_model.hpp"
#include "tree/tree_trainer.hpp"

namespace mlcore::internal {

struct ForestConfig {
  TrainerConfig trainer;
  int n_estimators = 100;
  bool bootstrap = true;
  int n_jobs = 0;  // 0 = std::thread::hardware_concurrency().
};

// `targets` carries the labels (n_classes, class_index) or y; its X fields are filled here.
std::vector<TreeModel> grow_forest(const Matrix& X, TrainingSet targets, const ForestConfig& config,
                                   const Vector* sample_weight);

// Mean of the importances of the trees with more than one node, renormalized to sum to 1
// (scikit-learn's forest feature_importances_). Zeros if every tree is a single leaf.
Vector forest_importances(const std::vector<TreeModel>& trees, int n_features);

// The seeds of the n_estimators trees of a forest with this random_state.
std::vector<std::uint32_t> tree_seeds(std::uint64_t random_state, int n_estimators);

}  // namespace mlcore::internal
