// Drift report: compares a current table with a reference table column by column.
//
// For each column (DriftOptions::columns, or every column the two tables share, in reference
// order):
//   - numeric: PSI over reference-quantile bins (psi.hpp), the two-sample KS statistic and
//     p-value (ks_test.hpp), means and sample standard deviations (ddof = 1), the mean shift in
//     reference standard deviations, (current_mean - reference_mean) / reference_std, and the
//     ratio current_std / reference_std. With reference_std 0 (or undefined, one value) the shift
//     is 0 for equal means and +-inf otherwise, and the ratio follows IEEE division.
//     drifted when psi > psi_threshold or ks p-value < ks_pvalue_threshold.
//   - categorical and boolean: category frequency change (psi.hpp): per-category shares, PSI,
//     total variation distance, unseen categories. drifted when psi > psi_threshold.
// Defaults: 10 bins, epsilon 1e-4, PSI > 0.2, KS p < 0.01 (the usual "significant shift" PSI
// level and a strict test level, since with thousands of rows KS flags tiny differences).
// Missing cells and NaN are left out of every statistic and counted separately. A column with no
// present value in either table gets NaN scores, drifted = false, and a reason saying so.
//
// Thread safety: pure function of its arguments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"
#include "mlcore/validation/ks_test.hpp"
#include "mlcore/validation/psi.hpp"

namespace mlcore {

struct DriftOptions {
  // Columns to compare; empty means every column present in both tables.
  std::vector<std::string> columns;
  // Quantile bins for numeric PSI; >= 1.
  std::size_t psi_bins = 10;
  // Share used in place of an empty bin or category; > 0.
  double psi_epsilon = 1e-4;
  // A feature drifts when its PSI is above this; >= 0.
  double psi_threshold = 0.2;
  // A numeric feature drifts when its KS p-value is below this; in [0, 1].
  double ks_pvalue_threshold = 0.01;
  // How KS p-values are computed (kAuto is scipy's default).
  KsMethod ks_method = KsMethod::kAuto;

  // Throws mlcore::Error naming the field ("DriftOptions.psi_bins must be >= 1 (got 0)").
  void validate() const;
};

struct NumericDrift {
  NumericPsi psi;
  KsResult ks;
  double reference_mean = 0;
  double current_mean = 0;
  double reference_std = 0;
  double current_std = 0;
  double mean_shift = 0;  // in reference standard deviations
  double std_ratio = 1;
};

struct FeatureDrift {
  std::string column;
  ColumnType type = ColumnType::kNumeric;
  std::size_t reference_count = 0;  // present (non-NaN) cells
  std::size_t current_count = 0;
  std::size_t reference_missing = 0;
  std::size_t current_missing = 0;
  double psi = 0;  // numeric.psi.psi or categorical.psi, repeated for convenience
  bool drifted = false;
  // Why drifted is set ("psi 0.31 > 0.2", "ks p-value 1.2e-06 < 0.01"), or why no scores exist.
  std::vector<std::string> reasons;
  NumericDrift numeric;          // filled for numeric columns
  CategoricalDrift categorical;  // filled for categorical and boolean columns
};

struct DriftReport {
  std::vector<FeatureDrift> features;
  std::vector<std::string> only_in_reference;  // reference columns the current table lacks
  std::vector<std::string> only_in_current;    // current columns the reference lacks

  std::size_t drifted_count() const;
  // The named feature; throws mlcore::Error for a column not in the report.
  const FeatureDrift& feature(const std::string& column) const;
};

// Throws mlcore::Error for invalid options, for a requested column missing from either table
// (naming the column and the table), and for a column whose type differs between the tables
// ("column 'hp' is numeric in the reference table but categorical in the current table").
DriftReport drift_report(const Table& reference, const Table& current,
                         const DriftOptions& options = {});

}  // namespace mlcore
