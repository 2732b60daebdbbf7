// LogisticRegression's model file: {"model": "logistic_regression", "params": {...},
// "state": {"classes", "coef", "intercept", "n_iter", "converged"}}.
#include <cmath>

#include "io/model_json.hpp"
#include "mlcore/linear/logistic_regression.hpp"

namespace mlcore {
namespace {

constexpr const char* kType = "logistic_regression";

[[noreturn]] void bad(const std::string& message) { throw Error("model file: " + message); }

bool bool_field(const internal::Json& doc, const std::string& path) {
  const internal::Json& j = internal::field(doc, path);
  if (!j.is_boolean()) bad("field '" + path + "' is not true/false");
  return j.get<bool>();
}

}  // namespace

std::string LogisticRegression::to_json() const {
  check_fitted();
  internal::Json doc = internal::model_document(kType, metadata);
  doc["params"] = {
      {"C", params_.C},
      {"fit_intercept", params_.fit_intercept},
      {"tol", params_.tol},
      {"max_iter", params_.max_iter},
      {"n_threads", params_.n_threads},
      {"class_weight", params_.class_weight == ClassWeight::kBalanced ? "balanced" : "none"}};
  doc["state"] = {{"classes", internal::to_json(classes_)},
                  {"coef", internal::to_json(coef_)},
                  {"intercept", internal::to_json(intercept_)},
                  {"n_iter", n_iter_},
                  {"n_fev", n_fev_},
                  {"objective", objective_},
                  {"converged", converged_},
                  {"convergence_warning", warning_}};
  return doc.dump();
}

LogisticRegression LogisticRegression::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  LogisticRegressionParams params;
  params.C = internal::number_field(doc, "params.C");
  params.fit_intercept = bool_field(doc, "params.fit_intercept");
  params.tol = internal::number_field(doc, "params.tol");
  params.max_iter = static_cast<int>(internal::number_field(doc, "params.max_iter"));
  params.n_threads = static_cast<int>(internal::number_field(doc, "params.n_threads"));
  const std::string weight = internal::string_field(doc, "params.class_weight");
  if (weight == "balanced") {
    params.class_weight = ClassWeight::kBalanced;
  } else if (weight != "none") {
    bad("field 'params.class_weight' is '" + weight + "', expected 'none' or 'balanced'");
  }
  try {
    params.validate();
  } catch (const Error& e) {
    bad(e.what());
  }

  LogisticRegression model(params);
  model.metadata = internal::metadata_from_json(doc);
  model.classes_ = internal::vector_field(doc, "state.classes");
  model.coef_ = internal::matrix_field(doc, "state.coef");
  model.intercept_ = internal::vector_field(doc, "state.intercept");
  const Eigen::Index K = model.classes_.size();
  if (K < 2) bad("field 'state.classes' needs at least two classes");
  for (Eigen::Index k = 1; k < K; ++k)
    if (!(model.classes_[k - 1] < model.classes_[k]))
      bad("field 'state.classes' is not sorted and distinct");
  const Eigen::Index rows = K == 2 ? 1 : K;
  if (model.coef_.rows() != rows || model.coef_.cols() == 0)
    bad("field 'state.coef' is " + std::to_string(model.coef_.rows()) + "x" +
        std::to_string(model.coef_.cols()) + ", expected " + std::to_string(rows) + " row(s) for " +
        std::to_string(K) + " classes");
  if (model.intercept_.size() != rows)
    bad("field 'state.intercept' has " + std::to_string(model.intercept_.size()) +
        " entries, expected " + std::to_string(rows));
  if (!model.coef_.allFinite() || !model.intercept_.allFinite() || !model.classes_.allFinite())
    bad("'state' holds a non-finite number");
  model.n_iter_ = static_cast<int>(internal::number_field(doc, "state.n_iter"));
  model.n_fev_ = static_cast<int>(internal::number_field(doc, "state.n_fev"));
  model.objective_ = internal::number_field(doc, "state.objective");
  model.converged_ = bool_field(doc, "state.converged");
  model.warning_ = internal::string_field(doc, "state.convergence_warning");
  return model;
}

}  // namespace mlcore
