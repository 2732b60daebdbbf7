#include "mlcore/preprocessing/standard_scaler.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "io/model_json.hpp"
#include "preprocessing/checks.hpp"
#include "preprocessing/json_fields.hpp"
#include "preprocessing/numpy_sum.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "StandardScaler";
}

StandardScaler::StandardScaler(StandardScalerParams params) : params_(params) {
  params_.validate();
}

void StandardScaler::fit(const Matrix& X) {
  internal::check_rows(kName, static_cast<std::size_t>(X.rows()));
  const Eigen::Index d = X.cols();
  const auto n = static_cast<std::size_t>(X.rows());
  mean_.resize(d);
  var_.resize(d);
  scale_.resize(d);
  const double eps = std::numeric_limits<double>::epsilon();
  // scikit-learn's _incremental_mean_and_var on a first call, with numpy's summation per
  // column (numpy_sum.hpp: pairwise within 8192-row buffers, buffer sums added in order). Rows
  // are read in 8192-row blocks transposed into a small column-major buffer, so X is streamed
  // twice with no large allocation. NaN cells count as 0 in sums and not at all in counts.
  constexpr std::size_t kBlock = 8192;
  Eigen::MatrixXd block(static_cast<Eigen::Index>(std::min(n, kBlock)), d);
  Vector sum = Vector::Zero(d), count = Vector::Zero(d);
  Vector correction = Vector::Zero(d), squares = Vector::Zero(d);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t start = 0; start < n; start += kBlock) {
      const std::size_t rows = std::min(kBlock, n - start);
      const auto r = static_cast<Eigen::Index>(rows);
      block.topRows(r) = X.middleRows(static_cast<Eigen::Index>(start), r);
      for (Eigen::Index j = 0; j < d; ++j) {
        double* column = block.col(j).data();
        if (pass == 0) {
          for (std::size_t i = 0; i < rows; ++i) {
            const bool missing = std::isnan(column[i]);
            count[j] += missing ? 0.0 : 1.0;
            if (missing) column[i] = 0.0;
          }
          sum[j] += internal::pairwise_sum(column, rows);
        } else {
          for (std::size_t i = 0; i < rows; ++i)
            column[i] = std::isnan(column[i]) ? 0.0 : column[i] - mean_[j];
          correction[j] += internal::pairwise_sum(column, rows);
          for (std::size_t i = 0; i < rows; ++i) column[i] *= column[i];
          squares[j] += internal::pairwise_sum(column, rows);
        }
      }
    }
    if (pass == 0) mean_ = sum.cwiseQuotient(count);
  }
  for (Eigen::Index j = 0; j < d; ++j) {
    var_[j] = (squares[j] - correction[j] * correction[j] / count[j]) / count[j];
    const double bound =
        count[j] * eps * var_[j] + (count[j] * mean_[j] * eps) * (count[j] * mean_[j] * eps);
    const bool constant = var_[j] <= bound;  // scikit-learn's _is_constant_feature.
    scale_[j] = (!params_.with_std || constant) ? 1.0 : std::sqrt(var_[j]);
  }
  metadata.n_samples = n;
  fitted_ = true;
}

Matrix StandardScaler::transform(const Matrix& X) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::check_columns(kName, X, n_features_in());
  // Row by row: X is row-major, and Eigen's rowwise() broadcast walks columns (strided).
  Matrix Z(X.rows(), X.cols());
  const Eigen::RowVectorXd center = params_.with_mean ? Eigen::RowVectorXd(mean_.transpose())
                                                      : Eigen::RowVectorXd::Zero(X.cols());
  const Eigen::RowVectorXd divisor = params_.with_std ? Eigen::RowVectorXd(scale_.transpose())
                                                      : Eigen::RowVectorXd::Ones(X.cols());
  for (Eigen::Index i = 0; i < X.rows(); ++i) Z.row(i) = (X.row(i) - center).cwiseQuotient(divisor);
  return Z;
}

Matrix StandardScaler::fit_transform(const Matrix& X) {
  fit(X);
  return transform(X);
}

Matrix StandardScaler::inverse_transform(const Matrix& Z) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::check_columns(kName, Z, n_features_in());
  Matrix X(Z.rows(), Z.cols());
  for (Eigen::Index i = 0; i < Z.rows(); ++i) {
    X.row(i) = Z.row(i);
    if (params_.with_std) X.row(i) = X.row(i).cwiseProduct(scale_.transpose());
    if (params_.with_mean) X.row(i) += mean_.transpose();
  }
  return X;
}

const Vector& StandardScaler::mean() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return mean_;
}
const Vector& StandardScaler::var() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return var_;
}
const Vector& StandardScaler::scale() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return scale_;
}

std::string StandardScaler::to_json() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::Json doc = internal::model_document("standard_scaler", metadata);
  doc["params"] = {{"with_mean", params_.with_mean}, {"with_std", params_.with_std}};
  doc["state"] = {{"mean", internal::to_json(mean_)},
                  {"var", internal::to_json(var_)},
                  {"scale", internal::to_json(scale_)}};
  return doc.dump();
}

StandardScaler StandardScaler::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, "standard_scaler");
  StandardScalerParams params;
  params.with_mean = internal::bool_field(doc, "params.with_mean");
  params.with_std = internal::bool_field(doc, "params.with_std");
  StandardScaler scaler(params);
  scaler.mean_ = internal::vector_field(doc, "state.mean");
  scaler.var_ = internal::vector_field(doc, "state.var");
  scaler.scale_ = internal::vector_field(doc, "state.scale");
  if (scaler.var_.size() != scaler.mean_.size() || scaler.scale_.size() != scaler.mean_.size())
    throw Error("model file: standard_scaler state vectors differ in length");
  scaler.metadata = internal::metadata_from_json(doc);
  scaler.fitted_ = true;
  return scaler;
}

}  // namespace mlcore
