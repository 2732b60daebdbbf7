// TablePreprocessor: a Table -> Matrix transformer, like scikit-learn's
//   ColumnTransformer([("num", Pipeline([SimpleImputer(), StandardScaler()]), numeric_columns),
//                      ("cat", OneHotEncoder(handle_unknown=...), categorical_columns)])
// It learns everything (imputation statistics, scaling, categories) in fit, from the rows it is
// given only, and remembers the output feature names.
//
//   - Columns: the listed numeric_columns and categorical_columns; when both lists are empty, fit
//     infers them from its table (numeric and boolean columns -> numeric, text -> categorical),
//     so pass a table of features only (no target) in that case.
//   - Numeric block: cells (booleans as 0/1; missing cells as NaN) -> SimpleImputer(numeric_impute)
//     -> scaling. Columns the imputer drops (no present value in fit) are dropped.
//   - Categorical block: OneHotEncoder(handle_unknown); a missing cell is category "nan".
//   - Output: numeric block first, then the one-hot block; feature_names_out() gives
//     "hp", ..., "type1_Fire", ... (scikit-learn would prefix "num__"/"cat__"; mlcore does not).
//
// Errors (mlcore::Error): invalid params (validate(): a column listed twice), transform before
// fit, a missing column, a text column listed as numeric, unknown category under kError,
// malformed or newer JSON.
// Thread safety: const methods may run concurrently; fit needs exclusive access.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/preprocessing/min_max_scaler.hpp"
#include "mlcore/preprocessing/one_hot_encoder.hpp"
#include "mlcore/preprocessing/simple_imputer.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

enum class NumericScaling { kNone, kStandard, kMinMax };

struct TablePreprocessorParams {
  std::vector<std::string> numeric_columns;      // Imputed and scaled; see inference above.
  std::vector<std::string> categorical_columns;  // One-hot encoded.
  ImputeStrategy numeric_impute = ImputeStrategy::kMean;      // How numeric NaNs are filled.
  NumericScaling scaling = NumericScaling::kStandard;         // Scaling after imputation.
  UnknownCategory handle_unknown = UnknownCategory::kIgnore;  // New categories at transform.

  // Throws mlcore::Error naming the field (a column listed twice or in both lists).
  void validate() const;
};

class TablePreprocessor {
 public:
  explicit TablePreprocessor(TablePreprocessorParams params = {});  // Validates params.

  void fit(const Table& table);
  Matrix transform(const Table& table) const;
  Matrix fit_transform(const Table& table);

  bool is_fitted() const { return fitted_; }
  // Names of transform's output columns, in order (throws when not fitted).
  const std::vector<std::string>& feature_names_out() const;
  // The numeric and categorical columns actually used (inferred ones included).
  const std::vector<std::string>& numeric_columns() const { return numeric_; }
  const std::vector<std::string>& categorical_columns() const { return categorical_; }
  // The fitted parts, for inspection (e.g. a scaler's mean). Throw when not fitted.
  const SimpleImputer& imputer() const;
  const StandardScaler& standard_scaler() const;
  const MinMaxScaler& min_max_scaler() const;
  const OneHotEncoder& encoder() const;
  const TablePreprocessorParams& params() const { return params_; }

  std::string to_json() const;  // {"model": "table_preprocessor", ...}
  static TablePreprocessor from_json(const std::string& text);

  ModelMetadata metadata;  // feature_names = feature_names_out() after fit.

 private:
  Matrix numeric_block(const Table& table) const;  // Raw numeric cells, NaN when missing.
  void name_outputs();

  TablePreprocessorParams params_;
  bool fitted_ = false;
  std::vector<std::string> numeric_, categorical_;
  SimpleImputer imputer_;
  StandardScaler standard_;
  MinMaxScaler min_max_;
  OneHotEncoder encoder_;
  std::vector<std::string> names_out_;
};

}  // namespace mlcore
