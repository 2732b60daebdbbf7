#include "mlcore/preprocessing/one_hot_encoder.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "io/model_json.hpp"
#include "preprocessing/checks.hpp"
#include "preprocessing/json_fields.hpp"

namespace mlcore {
namespace {

constexpr const char* kName = "OneHotEncoder";
constexpr const char* kMissing = "nan";

bool is_missing_cell(const Column& column, std::size_t row) {
  if (column.is_missing(row)) return true;
  return column.type() == ColumnType::kNumeric && std::isnan(column.numeric(row));
}

// Sorted categories of one column: present values in the column type's order, then "nan".
std::vector<std::string> sorted_categories(const Column& column) {
  bool has_missing = false;
  std::vector<std::string> out;
  if (column.type() == ColumnType::kCategorical) {
    std::set<std::string> seen;
    for (std::size_t r = 0; r < column.size(); ++r) {
      if (is_missing_cell(column, r))
        has_missing = true;
      else
        seen.insert(column.text(r));
    }
    out.assign(seen.begin(), seen.end());
  } else {
    std::map<double, std::string> seen;  // Numbers (and booleans as 0/1) by value.
    for (std::size_t r = 0; r < column.size(); ++r) {
      if (is_missing_cell(column, r)) {
        has_missing = true;
        continue;
      }
      const double v = column.type() == ColumnType::kBoolean ? (column.boolean(r) ? 1.0 : 0.0)
                                                             : column.numeric(r);
      seen.emplace(v == 0.0 ? 0.0 : v, category_of(column, r));
    }
    for (const auto& [value, text] : seen) out.push_back(text);
  }
  if (has_missing) out.push_back(kMissing);
  return out;
}

}  // namespace

std::string category_of(const Column& column, std::size_t row) {
  if (is_missing_cell(column, row)) return kMissing;
  switch (column.type()) {
    case ColumnType::kCategorical:
      return column.text(row);
    case ColumnType::kBoolean:
      return column.boolean(row) ? "True" : "False";
    case ColumnType::kNumeric:
      return column.numeric(row) == 0.0 ? "0" : column.to_string(row);
  }
  return "";
}

OneHotEncoder::OneHotEncoder(OneHotEncoderParams params) : params_(params) { params_.validate(); }

void OneHotEncoder::fit(const Table& table) {
  internal::check_rows(kName, table.rows());
  columns_ = table.column_names();
  categories_.clear();
  for (const Column& column : table.columns()) categories_.push_back(sorted_categories(column));
  metadata.feature_names = columns_;
  metadata.n_samples = table.rows();
  fitted_ = true;
}

Matrix OneHotEncoder::transform(const Table& table) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  Matrix out = Matrix::Zero(static_cast<Eigen::Index>(table.rows()),
                            static_cast<Eigen::Index>(n_features_out()));
  std::size_t offset = 0;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const Column& column = table.column(columns_[c]);  // Throws naming a missing column.
    const std::vector<std::string>& cats = categories_[c];
    std::map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < cats.size(); ++k) index.emplace(cats[k], k);
    for (std::size_t r = 0; r < table.rows(); ++r) {
      const std::string value = category_of(column, r);
      const auto it = index.find(value);
      if (it == index.end()) {
        if (params_.handle_unknown == UnknownCategory::kIgnore) continue;
        throw Error("OneHotEncoder: column '" + columns_[c] + "' has unknown category '" + value +
                    "' at row " + std::to_string(r) +
                    " (not seen in fit; use handle_unknown=ignore to encode it as all zeros)");
      }
      out(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(offset + it->second)) = 1.0;
    }
    offset += cats.size();
  }
  return out;
}

Matrix OneHotEncoder::fit_transform(const Table& table) {
  fit(table);
  return transform(table);
}

const std::vector<std::string>& OneHotEncoder::feature_names_in() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return columns_;
}

const std::vector<std::vector<std::string>>& OneHotEncoder::categories() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return categories_;
}

std::vector<std::string> OneHotEncoder::feature_names_out() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  std::vector<std::string> names;
  for (std::size_t c = 0; c < columns_.size(); ++c)
    for (const std::string& cat : categories_[c]) names.push_back(columns_[c] + "_" + cat);
  return names;
}

std::size_t OneHotEncoder::n_features_out() const {
  std::size_t n = 0;
  for (const auto& cats : categories_) n += cats.size();
  return n;
}

std::string OneHotEncoder::to_json() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::Json doc = internal::model_document("one_hot_encoder", metadata);
  doc["params"] = {
      {"handle_unknown", params_.handle_unknown == UnknownCategory::kIgnore ? "ignore" : "error"}};
  doc["state"] = {{"columns", columns_}, {"categories", categories_}};
  return doc.dump();
}

OneHotEncoder OneHotEncoder::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, "one_hot_encoder");
  OneHotEncoderParams params;
  const std::string unknown = internal::string_field(doc, "params.handle_unknown");
  if (unknown != "error" && unknown != "ignore")
    throw Error("model file: field 'params.handle_unknown' must be error or ignore (got '" +
                unknown + "')");
  params.handle_unknown = unknown == "ignore" ? UnknownCategory::kIgnore : UnknownCategory::kError;
  OneHotEncoder encoder(params);
  encoder.columns_ = internal::text_list_field(doc, "state.columns");
  encoder.categories_ = internal::text_lists_field(doc, "state.categories");
  if (encoder.columns_.size() != encoder.categories_.size())
    throw Error("model file: one_hot_encoder has " + std::to_string(encoder.columns_.size()) +
                " columns but " + std::to_string(encoder.categories_.size()) + " category lists");
  encoder.metadata = internal::metadata_from_json(doc);
  encoder.fitted_ = true;
  return encoder;
}

}  // namespace mlcore
