// The growth parameters every CART tree in mlcore shares (single trees and forests).
//
// Defaults are scikit-learn 1.2's. Two split searches are offered:
//   - max_bins == 0 (the default for single trees): exact splits. Every distinct value is a
//     candidate; a threshold sits halfway between two consecutive distinct values in the node
//     (a/2 + b/2, like scikit-learn), and a sample goes left when x[feature] <= threshold.
//   - max_bins in [2, 255]: histogram splits. Each feature is binned once into at most max_bins
//     quantile bins; split search then works on per-node bin histograms (10-40x faster on large
//     data). A feature with at most max_bins distinct values gets one bin per value, so its splits
//     are exactly the exact-mode splits.
//
// random_state means what it means in scikit-learn: features are visited in the order
// scikit-learn's splitter draws for that seed (its RNG is reproduced), so even ties between
// equally good splits are broken as in scikit-learn and exact-mode trees are identical to its.
// Only the low 32 bits are used, as numpy seeds.
#pragma once

#include <cstdint>
#include <string>

namespace mlcore {

// Impurity measure a split minimizes. Classifiers accept kGini and kEntropy (entropy in bits,
// like scikit-learn), regressors kSquaredError.
enum class Criterion { kGini, kEntropy, kSquaredError };

// "gini" / "entropy" / "squared_error" (scikit-learn's names).
const char* criterion_name(Criterion criterion);
// Inverse of criterion_name; throws mlcore::Error for an unknown name.
Criterion criterion_from_name(const std::string& name);

// Special values of TreeGrowthParams::max_features (positive values are feature counts).
constexpr int kMaxFeaturesAll = 0;    // Every feature at every split (scikit-learn's None / 1.0).
constexpr int kMaxFeaturesSqrt = -1;  // max(1, floor(sqrt(n_features))), scikit-learn's "sqrt".
constexpr int kMaxFeaturesLog2 = -2;  // max(1, floor(log2(n_features))), scikit-learn's "log2".

struct TreeGrowthParams {
  int max_depth = -1;                  // Deepest node depth (root = 0); -1 = unlimited.
  int min_samples_split = 2;           // A node with fewer samples becomes a leaf (>= 2).
  int min_samples_leaf = 1;            // Every child keeps at least this many samples (>= 1).
  int max_features = kMaxFeaturesAll;  // Features drawn per split: count, or a kMaxFeatures* value.
  std::uint64_t random_state = 0;      // Seeds the feature draws (and a forest's bootstraps).
  double min_impurity_decrease = 0.0;  // Split only if the weighted impurity decrease >= this.
  int max_bins = 0;                    // 0 = exact splits; 2..255 = histogram splits.

  // Throws mlcore::Error("<owner>.<field> must be ... (got ...)") for the first invalid field.
  void validate(const char* owner) const;
};

// The number of features a split draws for max_features (a kMaxFeatures* value or a count, which
// is capped at n_features). Throws mlcore::Error for an invalid value.
int resolve_max_features(int max_features, int n_features);

}  // namespace mlcore
