// OneHotEncoder: table columns -> 0/1 indicator columns, as scikit-learn 1.2's
// OneHotEncoder(drop=None, sparse_output=False) on a pandas DataFrame.
//
//   - fit() encodes every column of the table it is given (select() the ones you want first).
//     Categories per column are sorted: text by code point (UTF-8 byte order), numbers by value,
//     booleans False < True. A missing cell is its own category "nan", sorted last (scikit-learn
//     does the same for NaN/None).
//   - Output columns follow fit's column order, then category order; feature_names_out() are
//     scikit-learn's get_feature_names_out(): "<column>_<category>", e.g. "type1_Fire",
//     "is_legendary_True". Numbers are written in shortest round-trip form ("gen_1", where
//     pandas would say "gen_1" for an int column but "gen_1.0" for a float one).
//   - transform() finds fit's columns by name (other columns are ignored). A category not seen
//     in fit throws with handle_unknown=kError, and gives an all-zero block with kIgnore.
//
// Errors (mlcore::Error): transform before fit, a missing column, an unknown category under
// kError (naming column, value and row), fit on zero rows, malformed or newer JSON.
// Thread safety: const methods may run concurrently; fit needs exclusive access.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

enum class UnknownCategory { kError, kIgnore };

struct OneHotEncoderParams {
  UnknownCategory handle_unknown =
      UnknownCategory::kError;  // What transform does with a new category.

  void validate() const {}  // Every value is valid.
};

class OneHotEncoder {
 public:
  explicit OneHotEncoder(OneHotEncoderParams params = {});

  void fit(const Table& table);
  Matrix transform(const Table& table) const;
  Matrix fit_transform(const Table& table);

  bool is_fitted() const { return fitted_; }
  // Fit's column names and, per column, its sorted categories (throw when not fitted).
  const std::vector<std::string>& feature_names_in() const;
  const std::vector<std::vector<std::string>>& categories() const;
  std::vector<std::string> feature_names_out() const;
  std::size_t n_features_out() const;
  const OneHotEncoderParams& params() const { return params_; }

  std::string to_json() const;  // {"model": "one_hot_encoder", ...}
  static OneHotEncoder from_json(const std::string& text);

  ModelMetadata metadata;

 private:
  OneHotEncoderParams params_;
  bool fitted_ = false;
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> categories_;
};

// The category text of one cell as OneHotEncoder sees it ("nan" when missing, "True"/"False"
// for booleans, shortest round-trip numbers, text as is).
std::string category_of(const Column& column, std::size_t row);

}  // namespace mlcore
