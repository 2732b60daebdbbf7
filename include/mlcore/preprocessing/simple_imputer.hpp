// SimpleImputer: replaces missing values (NaN) per column with a statistic learned in fit, as
// scikit-learn 1.2's SimpleImputer(missing_values=np.nan).
//
//   - mean: mean of the present values; median: the middle present value (mean of the two
//     middle ones for an even count); most_frequent: the most common present value, ties going to
//     the smallest (scikit-learn's rule); constant: fill_value.
//   - A column with no present value in fit has no statistic: like scikit-learn (with
//     keep_empty_features=False) transform DROPS it, so the output can have fewer columns than
//     the input (see kept_columns()). With keep_empty_features=true it is kept and filled with 0
//     (scikit-learn's behaviour too). Strategy constant keeps every column.
//
// Errors (mlcore::Error): transform before fit, a column count other than fit's, fit on zero
// rows, malformed or newer JSON, an unknown strategy name in strategy_from_name.
// Thread safety: const methods may run concurrently; fit needs exclusive access.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore {

enum class ImputeStrategy { kMean, kMedian, kMostFrequent, kConstant };

// "mean", "median", "most_frequent", "constant" (scikit-learn's names) and back.
const char* strategy_name(ImputeStrategy strategy);
ImputeStrategy strategy_from_name(const std::string& name);

struct SimpleImputerParams {
  ImputeStrategy strategy = ImputeStrategy::kMean;  // Statistic that replaces a NaN.
  double fill_value = 0.0;                          // The value used by ImputeStrategy::kConstant.
  bool keep_empty_features =
      false;  // Keep all-missing columns (filled with 0) instead of dropping.

  void validate() const {}  // Every combination is valid.
};

class SimpleImputer {
 public:
  explicit SimpleImputer(SimpleImputerParams params = {});

  void fit(const Matrix& X);
  Matrix transform(const Matrix& X) const;
  Matrix fit_transform(const Matrix& X);

  bool is_fitted() const { return fitted_; }
  std::size_t n_features_in() const { return static_cast<std::size_t>(statistics_.size()); }
  // Statistic per input column (NaN for a column with no present value), like statistics_.
  const Vector& statistics() const;
  // Input columns present in transform's output, ascending.
  const std::vector<std::size_t>& kept_columns() const;
  const SimpleImputerParams& params() const { return params_; }

  std::string to_json() const;  // {"model": "simple_imputer", ...}
  static SimpleImputer from_json(const std::string& text);

  ModelMetadata metadata;

 private:
  void finish_fit();  // Derives kept_ and fill_ from statistics_.

  SimpleImputerParams params_;
  bool fitted_ = false;
  Vector statistics_;
  Vector fill_;  // What replaces NaN per input column (statistics_, or 0 for kept empty ones).
  std::vector<std::size_t> kept_;
};

}  // namespace mlcore
