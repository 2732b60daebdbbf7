#include "mlcore/preprocessing/min_max_scaler.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/model_json.hpp"
#include "preprocessing/checks.hpp"
#include "preprocessing/json_fields.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "MinMaxScaler";
}

void MinMaxScalerParams::validate() const {
  if (!(feature_min < feature_max))
    throw Error("MinMaxScalerParams.feature_min must be < feature_max (got " +
                std::to_string(feature_min) + " and " + std::to_string(feature_max) + ")");
}

MinMaxScaler::MinMaxScaler(MinMaxScalerParams params) : params_(params) { params_.validate(); }

void MinMaxScaler::fit(const Matrix& X) {
  internal::check_rows(kName, static_cast<std::size_t>(X.rows()));
  const Eigen::Index d = X.cols();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  data_min_ = Vector::Constant(d, nan);
  data_max_ = Vector::Constant(d, nan);
  for (Eigen::Index i = 0; i < X.rows(); ++i)
    for (Eigen::Index j = 0; j < d; ++j) {
      const double v = X(i, j);
      if (std::isnan(v)) continue;
      if (std::isnan(data_min_[j]) || v < data_min_[j]) data_min_[j] = v;
      if (std::isnan(data_max_[j]) || v > data_max_[j]) data_max_[j] = v;
    }
  scale_.resize(d);
  min_.resize(d);
  const double span = params_.feature_max - params_.feature_min;
  for (Eigen::Index j = 0; j < d; ++j) {
    double range = data_max_[j] - data_min_[j];
    if (range < 10 * std::numeric_limits<double>::epsilon()) range = 1.0;
    scale_[j] = span / range;
    min_[j] = params_.feature_min - data_min_[j] * scale_[j];
  }
  metadata.n_samples = static_cast<std::size_t>(X.rows());
  fitted_ = true;
}

Matrix MinMaxScaler::transform(const Matrix& X) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::check_columns(kName, X, n_features_in());
  // Row by row (X is row-major); x * scale then + min, in scikit-learn's order of operations.
  Matrix Z(X.rows(), X.cols());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    Z.row(i) = X.row(i).cwiseProduct(scale_.transpose());
    Z.row(i) += min_.transpose();
  }
  if (params_.clip) Z = Z.cwiseMax(params_.feature_min).cwiseMin(params_.feature_max);
  return Z;
}

Matrix MinMaxScaler::fit_transform(const Matrix& X) {
  fit(X);
  return transform(X);
}

const Vector& MinMaxScaler::data_min() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return data_min_;
}
const Vector& MinMaxScaler::data_max() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return data_max_;
}
const Vector& MinMaxScaler::scale() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return scale_;
}
const Vector& MinMaxScaler::min_offset() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return min_;
}

std::string MinMaxScaler::to_json() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::Json doc = internal::model_document("min_max_scaler", metadata);
  doc["params"] = {{"feature_min", params_.feature_min},
                   {"feature_max", params_.feature_max},
                   {"clip", params_.clip}};
  doc["state"] = {{"data_min", internal::to_json(data_min_)},
                  {"data_max", internal::to_json(data_max_)},
                  {"scale", internal::to_json(scale_)},
                  {"min", internal::to_json(min_)}};
  return doc.dump();
}

MinMaxScaler MinMaxScaler::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, "min_max_scaler");
  MinMaxScalerParams params;
  params.feature_min = internal::number_field(doc, "params.feature_min");
  params.feature_max = internal::number_field(doc, "params.feature_max");
  params.clip = internal::bool_field(doc, "params.clip");
  MinMaxScaler scaler(params);
  scaler.data_min_ = internal::vector_field(doc, "state.data_min");
  scaler.data_max_ = internal::vector_field(doc, "state.data_max");
  scaler.scale_ = internal::vector_field(doc, "state.scale");
  scaler.min_ = internal::vector_field(doc, "state.min");
  const Eigen::Index d = scaler.scale_.size();
  if (scaler.min_.size() != d || scaler.data_min_.size() != d || scaler.data_max_.size() != d)
    throw Error("model file: min_max_scaler state vectors differ in length");
  scaler.metadata = internal::metadata_from_json(doc);
  scaler.fitted_ = true;
  return scaler;
}

}  // namespace mlcore
