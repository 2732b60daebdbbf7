#include "mlcore/linear/ridge.hpp"

#include <Eigen/Cholesky>
#include <cmath>
#include <sstream>

#include "io/model_json.hpp"
#include "linear/checks.hpp"
#include "linear/least_squares.hpp"

namespace mlcore {
namespace {

constexpr const char* kName = "Ridge";
constexpr const char* kType = "ridge";

// Solves (A + alpha I) x = b by Cholesky; false when A + alpha I is not positive definite.
bool solve_spd(Eigen::MatrixXd A, double alpha, const Vector& b, Vector& x) {
  A.diagonal().array() += alpha;
  Eigen::LLT<Eigen::MatrixXd> llt(A);
  if (llt.info() != Eigen::Success) return false;
  x = llt.solve(b);
  return x.allFinite();
}

}  // namespace

void RidgeParams::validate() const {
  if (!(alpha >= 0.0) || !std::isfinite(alpha)) {
    std::ostringstream out;
    out << "RidgeParams.alpha must be >= 0 and finite (got " << alpha << ")";
    throw Error(out.str());
  }
}

Ridge& Ridge::fit(const Matrix& X, const Vector& y, const Vector* sample_weight) {
  params_.validate();
  internal::check_training_data(kName, X, y, sample_weight);
  const internal::CenteredProblem problem =
      internal::center_and_scale(X, y, sample_weight, params_.fit_intercept);
  const Matrix& A = problem.X;
  bool solved;
  if (A.cols() > A.rows()) {
    // More features than samples: the n x n dual system is smaller (scikit-learn does the same).
    Vector dual;
    solved = solve_spd(A * A.transpose(), params_.alpha, problem.y, dual);
    if (solved) coef_ = A.transpose() * dual;
  } else {
    solved = solve_spd(A.transpose() * A, params_.alpha, A.transpose() * problem.y, coef_);
  }
  if (!solved) {
    // Singular (alpha == 0 and rank-deficient X): scikit-learn falls back to its SVD solver,
    // whose alpha = 0 answer is the minimum-norm least-squares solution.
    coef_ = internal::min_norm_lstsq(A, problem.y, nullptr);
  }
  intercept_ = params_.fit_intercept ? problem.y_offset - problem.x_offset.dot(coef_) : 0.0;
  fitted_ = true;
  metadata.n_samples = static_cast<std::size_t>(X.rows());
  return *this;
}

Vector Ridge::predict(const Matrix& X) const {
  if (!fitted_) internal::not_fitted(kName);
  internal::check_n_features(kName, X, coef_.size());
  return internal::linear_predict(X, coef_, intercept_);
}

const Vector& Ridge::coef() const {
  if (!fitted_) internal::not_fitted(kName);
  return coef_;
}

double Ridge::intercept() const {
  if (!fitted_) internal::not_fitted(kName);
  return intercept_;
}

std::string Ridge::to_json() const {
  if (!fitted_) internal::not_fitted(kName);
  internal::Json doc = internal::model_document(kType, metadata);
  doc["params"] = {{"alpha", params_.alpha}, {"fit_intercept", params_.fit_intercept}};
  doc["state"] = {{"coef", internal::to_json(coef_)}, {"intercept", intercept_}};
  return doc.dump();
}

Ridge Ridge::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  const internal::Json& fit_intercept = internal::field(doc, "params.fit_intercept");
  if (!fit_intercept.is_boolean())
    throw Error("model file: field 'params.fit_intercept' is not true/false");
  RidgeParams params;
  params.alpha = internal::number_field(doc, "params.alpha");
  params.fit_intercept = fit_intercept.get<bool>();
  try {
    params.validate();
  } catch (const Error& e) {
    throw Error(std::string("model file: ") + e.what());
  }
  Ridge model(params);
  model.metadata = internal::metadata_from_json(doc);
  model.coef_ = internal::vector_field(doc, "state.coef");
  model.intercept_ = internal::number_field(doc, "state.intercept");
  if (model.coef_.size() == 0) throw Error("model file: field 'state.coef' is empty");
  if (!model.coef_.allFinite() || !std::isfinite(model.intercept_))
    throw Error("model file: 'state' holds a non-finite coefficient");
  model.fitted_ = true;
  return model;
}

}  // namespace mlcore
