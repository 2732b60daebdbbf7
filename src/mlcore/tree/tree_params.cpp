#include "mlcore/tree/tree_params.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

template <class T>
[[noreturn]] void invalid(const char* owner, const char* field, const char* rule, T got) {
  std::ostringstream out;
  out << owner << "." << field << " must be " << rule << " (got " << got << ")";
  throw Error(out.str());
}

}  // namespace

const char* criterion_name(Criterion criterion) {
  switch (criterion) {
    case Criterion::kGini:
      return "gini";
    case Criterion::kEntropy:
      return "entropy";
    case Criterion::kSquaredError:
      return "squared_error";
  }
  return "unknown";
}

Criterion criterion_from_name(const std::string& name) {
  if (name == "gini") return Criterion::kGini;
  if (name == "entropy") return Criterion::kEntropy;
  if (name == "squared_error") return Criterion::kSquaredError;
  throw Error("unknown tree criterion '" + name + "' (expected gini, entropy or squared_error)");
}

void TreeGrowthParams::validate(const char* owner) const {
  if (max_depth != -1 && max_depth < 1) invalid(owner, "max_depth", "-1 or >= 1", max_depth);
  if (min_samples_split < 2) invalid(owner, "min_samples_split", ">= 2", min_samples_split);
  if (min_samples_leaf < 1) invalid(owner, "min_samples_leaf", ">= 1", min_samples_leaf);
  if (max_features < kMaxFeaturesLog2)
    invalid(owner, "max_features", "a count >= 1, kMaxFeaturesAll, Sqrt or Log2", max_features);
  if (!(min_impurity_decrease >= 0.0) || !std::isfinite(min_impurity_decrease))
    invalid(owner, "min_impurity_decrease", "finite and >= 0", min_impurity_decrease);
  if (max_bins != 0 && (max_bins < 2 || max_bins > 255))
    invalid(owner, "max_bins", "0 (exact splits) or in [2, 255]", max_bins);
}

int resolve_max_features(int max_features, int n_features) {
  int k = 0;
  switch (max_features) {
    case kMaxFeaturesAll:
      k = n_features;
      break;
    case kMaxFeaturesSqrt:
      k = static_cast<int>(std::sqrt(static_cast<double>(n_features)));
      break;
    case kMaxFeaturesLog2:
      k = static_cast<int>(std::log2(static_cast<double>(n_features)));
      break;
    default:
      if (max_features < 0)
        throw Error("max_features: invalid value " + std::to_string(max_features));
      k = std::min(max_features, n_features);
  }
  return std::max(1, k);
}

}  // namespace mlcore
