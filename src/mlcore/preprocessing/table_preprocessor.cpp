#include "mlcore/preprocessing/table_preprocessor.hpp"

#include <limits>
#include <set>
#include <utility>

#include "io/model_json.hpp"
#include "preprocessing/checks.hpp"
#include "preprocessing/json_fields.hpp"

namespace mlcore {
namespace {

constexpr const char* kName = "TablePreprocessor";

const char* scaling_name(NumericScaling s) {
  switch (s) {
    case NumericScaling::kNone:
      return "none";
    case NumericScaling::kStandard:
      return "standard";
    case NumericScaling::kMinMax:
      return "min_max";
  }
  return "?";
}

NumericScaling scaling_from_name(const std::string& name) {
  for (NumericScaling s :
       {NumericScaling::kNone, NumericScaling::kStandard, NumericScaling::kMinMax})
    if (name == scaling_name(s)) return s;
  throw Error("model file: field 'params.scaling' must be none, standard or min_max (got '" + name +
              "')");
}

}  // namespace

void TablePreprocessorParams::validate() const {
  std::set<std::string> seen;
  for (const auto* list : {&numeric_columns, &categorical_columns})
    for (const std::string& name : *list)
      if (!seen.insert(name).second)
        throw Error("TablePreprocessorParams: column '" + name +
                    "' is listed more than once in numeric_columns/categorical_columns");
}

TablePreprocessor::TablePreprocessor(TablePreprocessorParams params) : params_(std::move(params)) {
  params_.validate();
  SimpleImputerParams ip;
  ip.strategy = params_.numeric_impute;
  imputer_ = SimpleImputer(ip);
  encoder_ = OneHotEncoder(OneHotEncoderParams{params_.handle_unknown});
}

Matrix TablePreprocessor::numeric_block(const Table& table) const {
  Matrix X(static_cast<Eigen::Index>(table.rows()), static_cast<Eigen::Index>(numeric_.size()));
  for (std::size_t j = 0; j < numeric_.size(); ++j) {
    const Column& column = table.column(numeric_[j]);
    if (column.type() == ColumnType::kCategorical)
      throw Error("TablePreprocessor: numeric column '" + numeric_[j] +
                  "' holds text; list it in categorical_columns");
    const std::vector<double>& values = column.numeric_values();
    for (std::size_t r = 0; r < table.rows(); ++r)
      X(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) =
          column.is_missing(r) ? std::numeric_limits<double>::quiet_NaN() : values[r];
  }
  return X;
}

void TablePreprocessor::fit(const Table& table) {
  internal::check_rows(kName, table.rows());
  numeric_ = params_.numeric_columns;
  categorical_ = params_.categorical_columns;
  if (numeric_.empty() && categorical_.empty()) {
    for (const Column& column : table.columns())
      (column.type() == ColumnType::kCategorical ? categorical_ : numeric_)
          .push_back(column.name());
  }
  if (!numeric_.empty()) {
    const Matrix imputed = imputer_.fit_transform(numeric_block(table));
    if (params_.scaling == NumericScaling::kStandard) standard_.fit(imputed);
    if (params_.scaling == NumericScaling::kMinMax) min_max_.fit(imputed);
  }
  if (!categorical_.empty()) encoder_.fit(table.select(categorical_));
  fitted_ = true;
  name_outputs();
  metadata.n_samples = table.rows();
}

void TablePreprocessor::name_outputs() {
  names_out_.clear();
  if (!numeric_.empty())
    for (std::size_t j : imputer_.kept_columns()) names_out_.push_back(numeric_[j]);
  if (!categorical_.empty())
    for (std::string& name : encoder_.feature_names_out()) names_out_.push_back(std::move(name));
  metadata.feature_names = names_out_;
}

Matrix TablePreprocessor::transform(const Table& table) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  Matrix numeric(static_cast<Eigen::Index>(table.rows()), 0);
  if (!numeric_.empty()) {
    numeric = imputer_.transform(numeric_block(table));
    if (params_.scaling == NumericScaling::kStandard) numeric = standard_.transform(numeric);
    if (params_.scaling == NumericScaling::kMinMax) numeric = min_max_.transform(numeric);
  }
  Matrix categorical(static_cast<Eigen::Index>(table.rows()), 0);
  if (!categorical_.empty()) categorical = encoder_.transform(table);
  Matrix out(numeric.rows(), numeric.cols() + categorical.cols());
  out << numeric, categorical;
  return out;
}

Matrix TablePreprocessor::fit_transform(const Table& table) {
  fit(table);
  return transform(table);
}

const std::vector<std::string>& TablePreprocessor::feature_names_out() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return names_out_;
}

const SimpleImputer& TablePreprocessor::imputer() const {
  if (!imputer_.is_fitted()) internal::throw_not_fitted(kName);
  return imputer_;
}
const StandardScaler& TablePreprocessor::standard_scaler() const {
  if (!standard_.is_fitted()) internal::throw_not_fitted(kName);
  return standard_;
}
const MinMaxScaler& TablePreprocessor::min_max_scaler() const {
  if (!min_max_.is_fitted()) internal::throw_not_fitted(kName);
  return min_max_;
}
const OneHotEncoder& TablePreprocessor::encoder() const {
  if (!encoder_.is_fitted()) internal::throw_not_fitted(kName);
  return encoder_;
}

std::string TablePreprocessor::to_json() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  using internal::Json;
  Json doc = internal::model_document("table_preprocessor", metadata);
  doc["params"] = {
      {"numeric_columns", params_.numeric_columns},
      {"categorical_columns", params_.categorical_columns},
      {"numeric_impute", strategy_name(params_.numeric_impute)},
      {"scaling", scaling_name(params_.scaling)},
      {"handle_unknown", params_.handle_unknown == UnknownCategory::kIgnore ? "ignore" : "error"}};
  Json state = {{"numeric_columns", numeric_}, {"categorical_columns", categorical_}};
  // Parts are stored as their own documents, so each keeps its own checks on load.
  if (imputer_.is_fitted()) state["imputer"] = Json::parse(imputer_.to_json());
  if (standard_.is_fitted()) state["standard_scaler"] = Json::parse(standard_.to_json());
  if (min_max_.is_fitted()) state["min_max_scaler"] = Json::parse(min_max_.to_json());
  if (encoder_.is_fitted()) state["encoder"] = Json::parse(encoder_.to_json());
  doc["state"] = std::move(state);
  return doc.dump();
}

TablePreprocessor TablePreprocessor::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, "table_preprocessor");
  TablePreprocessorParams params;
  params.numeric_columns = internal::text_list_field(doc, "params.numeric_columns");
  params.categorical_columns = internal::text_list_field(doc, "params.categorical_columns");
  params.numeric_impute = strategy_from_name(internal::string_field(doc, "params.numeric_impute"));
  params.scaling = scaling_from_name(internal::string_field(doc, "params.scaling"));
  const std::string unknown = internal::string_field(doc, "params.handle_unknown");
  if (unknown != "error" && unknown != "ignore")
    throw Error("model file: field 'params.handle_unknown' must be error or ignore (got '" +
                unknown + "')");
  params.handle_unknown = unknown == "ignore" ? UnknownCategory::kIgnore : UnknownCategory::kError;
  TablePreprocessor p(params);
  p.numeric_ = internal::text_list_field(doc, "state.numeric_columns");
  p.categorical_ = internal::text_list_field(doc, "state.categorical_columns");
  const internal::Json& state = internal::field(doc, "state");
  auto part = [&](const char* key) -> const internal::Json* {
    return state.contains(key) ? &state[key] : nullptr;
  };
  if (!p.numeric_.empty()) {
    if (!part("imputer")) throw Error("model file: missing field 'state.imputer'");
    p.imputer_ = SimpleImputer::from_json(part("imputer")->dump());
    if (p.imputer_.n_features_in() != p.numeric_.size())
      throw Error("model file: table_preprocessor imputer width differs from numeric_columns");
    if (params.scaling == NumericScaling::kStandard) {
      if (!part("standard_scaler"))
        throw Error("model file: missing field 'state.standard_scaler'");
      p.standard_ = StandardScaler::from_json(part("standard_scaler")->dump());
    }
    if (params.scaling == NumericScaling::kMinMax) {
      if (!part("min_max_scaler")) throw Error("model file: missing field 'state.min_max_scaler'");
      p.min_max_ = MinMaxScaler::from_json(part("min_max_scaler")->dump());
    }
  }
  if (!p.categorical_.empty()) {
    if (!part("encoder")) throw Error("model file: missing field 'state.encoder'");
    p.encoder_ = OneHotEncoder::from_json(part("encoder")->dump());
  }
  p.fitted_ = true;
  p.name_outputs();
  p.metadata = internal::metadata_from_json(doc);
  return p;
}

}  // namespace mlcore
