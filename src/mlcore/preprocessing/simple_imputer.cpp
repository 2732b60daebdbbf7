#include "mlcore/preprocessing/simple_imputer.hpp"

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

constexpr const char* kName = "SimpleImputer";

// `present` sorted ascending and non-empty.
double median_of_sorted(const std::vector<double>& present) {
  const std::size_t n = present.size();
  if (n % 2 == 1) return present[n / 2];
  return (present[n / 2 - 1] + present[n / 2]) / 2.0;
}

// Most common value; ties -> smallest (scipy.stats.mode, which scikit-learn uses).
double mode_of_sorted(const std::vector<double>& present) {
  double best = present[0];
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < present.size();) {
    std::size_t j = i;
    while (j < present.size() && present[j] == present[i]) ++j;
    if (j - i > best_count) {  // Strictly more: an equal count keeps the smaller value.
      best_count = j - i;
      best = present[i];
    }
    i = j;
  }
  return best;
}

}  // namespace

const char* strategy_name(ImputeStrategy strategy) {
  switch (strategy) {
    case ImputeStrategy::kMean:
      return "mean";
    case ImputeStrategy::kMedian:
      return "median";
    case ImputeStrategy::kMostFrequent:
      return "most_frequent";
    case ImputeStrategy::kConstant:
      return "constant";
  }
  return "?";
}

ImputeStrategy strategy_from_name(const std::string& name) {
  for (ImputeStrategy s : {ImputeStrategy::kMean, ImputeStrategy::kMedian,
                           ImputeStrategy::kMostFrequent, ImputeStrategy::kConstant})
    if (name == strategy_name(s)) return s;
  throw Error(
      "SimpleImputerParams.strategy must be one of mean, median, most_frequent, "
      "constant (got '" +
      name + "')");
}

SimpleImputer::SimpleImputer(SimpleImputerParams params) : params_(params) { params_.validate(); }

void SimpleImputer::fit(const Matrix& X) {
  internal::check_rows(kName, static_cast<std::size_t>(X.rows()));
  const Eigen::Index d = X.cols();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  statistics_.resize(d);
  if (params_.strategy == ImputeStrategy::kMean) {
    // np.ma.mean: masked cells count as 0 in numpy's column sum (numpy_sum.hpp), not in counts.
    std::vector<double> column(static_cast<std::size_t>(X.rows()));
    for (Eigen::Index j = 0; j < d; ++j) {
      double count = 0.0;
      for (Eigen::Index i = 0; i < X.rows(); ++i) {
        const bool missing = std::isnan(X(i, j));
        column[static_cast<std::size_t>(i)] = missing ? 0.0 : X(i, j);
        count += missing ? 0.0 : 1.0;
      }
      statistics_[j] = count > 0 ? internal::numpy_sum(column.data(), column.size()) / count : nan;
    }
  } else if (params_.strategy == ImputeStrategy::kConstant) {
    statistics_.setConstant(params_.fill_value);
  } else {
    std::vector<double> present;
    for (Eigen::Index j = 0; j < d; ++j) {
      present.clear();
      for (Eigen::Index i = 0; i < X.rows(); ++i)
        if (!std::isnan(X(i, j))) present.push_back(X(i, j));
      std::sort(present.begin(), present.end());
      if (present.empty())
        statistics_[j] = nan;
      else
        statistics_[j] = params_.strategy == ImputeStrategy::kMedian ? median_of_sorted(present)
                                                                     : mode_of_sorted(present);
    }
  }
  metadata.n_samples = static_cast<std::size_t>(X.rows());
  finish_fit();
}

void SimpleImputer::finish_fit() {
  kept_.clear();
  fill_ = statistics_;
  for (Eigen::Index j = 0; j < statistics_.size(); ++j) {
    if (!std::isnan(statistics_[j])) {
      kept_.push_back(static_cast<std::size_t>(j));
    } else if (params_.keep_empty_features || params_.strategy == ImputeStrategy::kConstant) {
      kept_.push_back(static_cast<std::size_t>(j));
      if (params_.strategy != ImputeStrategy::kConstant) fill_[j] = 0.0;
    }
  }
  fitted_ = true;
}

Matrix SimpleImputer::transform(const Matrix& X) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::check_columns(kName, X, n_features_in());
  Matrix out(X.rows(), static_cast<Eigen::Index>(kept_.size()));
  for (Eigen::Index i = 0; i < X.rows(); ++i)
    for (std::size_t k = 0; k < kept_.size(); ++k) {
      const auto j = static_cast<Eigen::Index>(kept_[k]);
      const double v = X(i, j);
      out(i, static_cast<Eigen::Index>(k)) = std::isnan(v) ? fill_[j] : v;
    }
  return out;
}

Matrix SimpleImputer::fit_transform(const Matrix& X) {
  fit(X);
  return transform(X);
}

const Vector& SimpleImputer::statistics() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return statistics_;
}

const std::vector<std::size_t>& SimpleImputer::kept_columns() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return kept_;
}

std::string SimpleImputer::to_json() const {
  if (!fitted_) internal::throw_not_fitted(kName);
  internal::Json doc = internal::model_document("simple_imputer", metadata);
  doc["params"] = {{"strategy", strategy_name(params_.strategy)},
                   {"fill_value", params_.fill_value},
                   {"keep_empty_features", params_.keep_empty_features}};
  // NaN (an empty column) is not JSON: store null and read it back as NaN.
  internal::Json stats = internal::Json::array();
  for (Eigen::Index j = 0; j < statistics_.size(); ++j)
    stats.push_back(std::isnan(statistics_[j]) ? internal::Json() : internal::Json(statistics_[j]));
  doc["state"] = {{"statistics", stats}};
  return doc.dump();
}

SimpleImputer SimpleImputer::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, "simple_imputer");
  SimpleImputerParams params;
  params.strategy = strategy_from_name(internal::string_field(doc, "params.strategy"));
  params.fill_value = internal::number_field(doc, "params.fill_value");
  params.keep_empty_features = internal::bool_field(doc, "params.keep_empty_features");
  SimpleImputer imputer(params);
  const internal::Json& stats = internal::field(doc, "state.statistics");
  if (!stats.is_array()) throw Error("model file: field 'state.statistics' is not a list");
  imputer.statistics_.resize(static_cast<Eigen::Index>(stats.size()));
  for (std::size_t j = 0; j < stats.size(); ++j) {
    const internal::Json& v = stats[j];
    if (!v.is_null() && !v.is_number())
      throw Error("model file: field 'state.statistics' holds a non-number");
    imputer.statistics_[static_cast<Eigen::Index>(j)] =
        v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>();
  }
  imputer.metadata = internal::metadata_from_json(doc);
  imputer.finish_fit();
  return imputer;
}

}  // namespace mlcore
