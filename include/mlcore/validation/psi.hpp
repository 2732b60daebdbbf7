// Distribution comparison by shares: the population stability index (PSI) of a numeric feature
// over reference-quantile bins, and category frequency change (PSI, total variation distance,
// unseen categories) for categorical and boolean features.
//
// PSI (the formula tests/golden/validation/generate.py reimplements):
//   PSI = sum_i (a_i - e_i) * ln(a_i / e_i)
// where e_i is the reference share and a_i the current share of bin i, each count / sample size,
// and a share that is exactly 0 is replaced by epsilon (default 1e-4) before the sum (no
// renormalisation). Bins are summed in ascending order. PSI >= 0; 0 means identical shares.
// Rule of thumb (used by the drift report): < 0.1 stable, 0.1-0.2 moderate, > 0.2 drifted.
//
// Numeric bins: edges are the interior reference quantiles q(i / B) for i = 1 .. B - 1 (numpy's
// linear quantile, see quantile_sorted), with repeated values kept once, so tied data gives
// fewer bins. Bin 0 is (-inf, edge_1], bin k is (edge_k, edge_k+1], the last is (edge_last, inf):
// each value goes to the bin counting the edges strictly below it (numpy.searchsorted(edges, x,
// side="left")). The open outer bins catch current values outside the reference range. A
// constant reference v gives the single edge v: bins (-inf, v] and (v, inf), so current values
// above v show up as drift (bins = 1 gives no edge, one bin, PSI 0).
//
// Missing cells and NaN values are left out of both samples.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace mlcore {

// PSI of two share vectors of equal length (see above). Throws mlcore::Error when the lengths
// differ or epsilon is not > 0.
double psi_from_shares(const std::vector<double>& reference_shares,
                       const std::vector<double>& current_shares, double epsilon = 1e-4);

// Interior bin edges from the reference sample (see above). Throws mlcore::Error when bins is 0
// or the sample is empty.
std::vector<double> quantile_bin_edges(std::vector<double> reference, std::size_t bins = 10);

struct NumericPsi {
  std::vector<double> edges;             // interior edges; edges.size() + 1 bins
  std::vector<double> reference_shares;  // per bin
  std::vector<double> current_shares;    // per bin
  double psi = 0;
};

// Throws mlcore::Error when a sample is empty (after dropping NaN), bins is 0 or epsilon <= 0.
NumericPsi numeric_psi(const std::vector<double>& reference, const std::vector<double>& current,
                       std::size_t bins = 10, double epsilon = 1e-4);

struct CategoryShare {
  std::string value;
  std::size_t reference_count = 0;
  std::size_t current_count = 0;
  double reference_share = 0;  // reference_count / present reference cells
  double current_share = 0;    // current_count / present current cells
  bool unseen = false;         // in current but never in reference
};

struct CategoricalDrift {
  // Reference categories by descending reference count (ties: first appearance), then unseen
  // categories by descending current count (ties: first appearance).
  std::vector<CategoryShare> categories;
  double psi = 0;              // over categories, with the epsilon rule above
  double total_variation = 0;  // 0.5 * sum |current_share - reference_share|, in [0, 1]
  std::vector<std::string> unseen_categories;  // in the order of `categories`
  double unseen_share = 0;                     // share of current cells with an unseen category
};

// Frequency change of a categorical or boolean column ("true"/"false"). Throws mlcore::Error
// naming the column when either column is numeric, their types differ, or either has no present
// cell; epsilon must be > 0.
CategoricalDrift categorical_drift(const Column& reference, const Column& current,
                                   double epsilon = 1e-4);

}  // namespace mlcore
