// Exercise 5.3 — Drift detection with PSI and KS.
//
// detect_drift() compares a batch of recent requests with the model's reference data, feature by
// feature, and says which features drifted. This header is the contract: read it, do not edit it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace ex {

// Column name -> values (no missing values in this exercise).
using Columns = std::map<std::string, std::vector<double>>;

// The population stability index of one feature, with these exact rules (the checks compare
// your numbers with the generator's to 1e-9):
//   - bins: the interior reference quantiles q(i / kPsiBins), i = 1 .. kPsiBins - 1, computed as
//     numpy does by default (sort; position p = q * (n - 1); interpolate linearly between the
//     values at floor(p) and floor(p) + 1); an edge equal to the previous one is kept once;
//   - a value goes to the bin whose index is the number of edges strictly below it (so bin 0 is
//     (-inf, edge_1], the last bin (edge_last, +inf));
//   - e_i, a_i: the share of reference and current values in bin i; a share of exactly 0 is
//     replaced by kPsiEpsilon;
//   - PSI = sum over bins of (a_i - e_i) * ln(a_i / e_i).
inline constexpr std::size_t kPsiBins = 10;
inline constexpr double kPsiEpsilon = 1e-4;

// A feature drifted when its PSI is above kPsiThreshold or its two-sample KS p-value is below
// kKsPvalueThreshold. For KS use mlcore::ks_2samp (mlcore/validation/ks_test.hpp): scipy's
// ks_2samp, statistic and p-value.
inline constexpr double kPsiThreshold = 0.2;
inline constexpr double kKsPvalueThreshold = 0.01;

struct FeatureDrift {
  std::string feature;
  double psi = 0;
  double ks_statistic = 0;
  double ks_pvalue = 1;
  bool drifted = false;
};

// One entry per name of `features`, in that order; reference and current hold every one of
// them. Throws std::invalid_argument for a feature missing from either, or an empty sample.
std::vector<FeatureDrift> detect_drift(const Columns& reference, const Columns& current,
                                       const std::vector<std::string>& features);

}  // namespace ex
