#include "mlcore/linear/linear_regression.hpp"

#include "io/model_json.hpp"
#include "linear/checks.hpp"
#include "linear/least_squares.hpp"

namespace mlcore {
namespace {

constexpr const char* kName = "LinearRegression";
constexpr const char* kType = "linear_regression";

}  // namespace

LinearRegression& LinearRegression::fit(const Matrix& X, const Vector& y,
                                        const Vector* sample_weight) {
  params_.validate();
  internal::check_training_data(kName, X, y, sample_weight);
  const internal::CenteredProblem problem =
      internal::center_and_scale(X, y, sample_weight, params_.fit_intercept);
  coef_ = internal::min_norm_lstsq(problem.X, problem.y, &rank_);
  intercept_ = params_.fit_intercept ? problem.y_offset - problem.x_offset.dot(coef_) : 0.0;
  fitted_ = true;
  metadata.n_samples = static_cast<std::size_t>(X.rows());
  return *this;
}

Vector LinearRegression::predict(const Matrix& X) const {
  if (!fitted_) internal::not_fitted(kName);
  internal::check_n_features(kName, X, coef_.size());
  return internal::linear_predict(X, coef_, intercept_);
}

const Vector& LinearRegression::coef() const {
  if (!fitted_) internal::not_fitted(kName);
  return coef_;
}

double LinearRegression::intercept() const {
  if (!fitted_) internal::not_fitted(kName);
  return intercept_;
}

int LinearRegression::rank() const {
  if (!fitted_) internal::not_fitted(kName);
  return rank_;
}

std::string LinearRegression::to_json() const {
  if (!fitted_) internal::not_fitted(kName);
  internal::Json doc = internal::model_document(kType, metadata);
  doc["params"] = {{"fit_intercept", params_.fit_intercept}};
  doc["state"] = {{"coef", internal::to_json(coef_)}, {"intercept", intercept_}, {"rank", rank_}};
  return doc.dump();
}

LinearRegression LinearRegression::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  const internal::Json& fit_intercept = internal::field(doc, "params.fit_intercept");
  if (!fit_intercept.is_boolean())
    throw Error("model file: field 'params.fit_intercept' is not true/false");
  LinearRegression model(LinearRegressionParams{fit_intercept.get<bool>()});
  model.metadata = internal::metadata_from_json(doc);
  model.coef_ = internal::vector_field(doc, "state.coef");
  model.intercept_ = internal::number_field(doc, "state.intercept");
  model.rank_ = static_cast<int>(internal::number_field(doc, "state.rank"));
  if (model.coef_.size() == 0) throw Error("model file: field 'state.coef' is empty");
  if (!model.coef_.allFinite() || !std::isfinite(model.intercept_))
    throw Error("model file: 'state' holds a non-finite coefficient");
  model.fitted_ = true;
  return model;
}

}  // namespace mlcore
