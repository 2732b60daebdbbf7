#include "mlcore/ensemble/random_forest_regressor.hpp"

#include <climits>

#include "ensemble/forest_builder.hpp"
#include "io/model_json.hpp"
#include "mlcore/error.hpp"
#include "tree/fit_checks.hpp"
#include "tree/tree_json.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "RandomForestRegressor";
constexpr const char* kType = "random_forest_regressor";
}  // namespace

void RandomForestRegressorParams::validate() const {
  TreeGrowthParams::validate("RandomForestRegressorParams");
  if (n_estimators < 1)
    throw Error("RandomForestRegressorParams.n_estimators must be >= 1 (got " +
                std::to_string(n_estimators) + ")");
  if (n_jobs < 0)
    throw Error("RandomForestRegressorParams.n_jobs must be >= 0 (got " + std::to_string(n_jobs) +
                ")");
  if (criterion != Criterion::kSquaredError)
    throw Error(std::string("RandomForestRegressorParams.criterion must be squared_error (got ") +
                criterion_name(criterion) + ")");
}

void RandomForestRegressor::fit(const Matrix& X, const Vector& y, const Vector* sample_weight) {
  params.validate();
  internal::check_tree_fit_input(kName, X, y, sample_weight);
  internal::TrainingSet targets;
  targets.y = y.data();
  internal::ForestConfig config;
  config.trainer.criterion = params.criterion;
  config.trainer.growth = params;
  config.n_estimators = params.n_estimators;
  config.bootstrap = params.bootstrap;
  config.n_jobs = params.n_jobs;
  trees_ = internal::grow_forest(X, targets, config, sample_weight);
  metadata.n_samples = static_cast<std::size_t>(X.rows());
}

void RandomForestRegressor::require_fitted() const {
  if (!fitted()) throw Error(std::string(kName) + " is not fitted; call fit() first");
}

Vector RandomForestRegressor::predict(const Matrix& X) const {
  require_fitted();
  internal::check_tree_predict_input(kName, X, trees_.front().n_features);
  Vector out(X.rows());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const double* x = X.row(i).data();
    double sum = 0.0;
    for (const TreeModel& tree : trees_) sum += *tree.leaf_value(x);
    out[i] = sum / static_cast<double>(trees_.size());
  }
  return out;
}

Vector RandomForestRegressor::feature_importances() const {
  require_fitted();
  return internal::forest_importances(trees_, trees_.front().n_features);
}

const std::vector<TreeModel>& RandomForestRegressor::trees() const {
  require_fitted();
  return trees_;
}

std::string RandomForestRegressor::to_json() const {
  require_fitted();
  internal::Json doc = internal::model_document(kType, metadata);
  internal::Json p = internal::Json::object();
  internal::growth_to_json(params, params.criterion, p);
  p["n_estimators"] = params.n_estimators;
  p["bootstrap"] = params.bootstrap;
  p["n_jobs"] = params.n_jobs;
  doc["params"] = p;
  internal::Json trees = internal::Json::array();
  for (const TreeModel& tree : trees_) trees.push_back(internal::tree_to_json(tree));
  doc["state"] = {{"trees", std::move(trees)}};
  return doc.dump();
}

RandomForestRegressor RandomForestRegressor::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  RandomForestRegressor model;
  model.metadata = internal::metadata_from_json(doc);
  auto& p = model.params;
  internal::growth_from_json(doc, p, p.criterion);
  p.n_estimators = static_cast<int>(internal::int_field(doc, "params.n_estimators", 1, INT_MAX));
  p.n_jobs = static_cast<int>(internal::int_field(doc, "params.n_jobs", 0, INT_MAX));
  const internal::Json& bootstrap = internal::field(doc, "params.bootstrap");
  if (!bootstrap.is_boolean()) throw Error("model file: field 'params.bootstrap' is not a boolean");
  p.bootstrap = bootstrap.get<bool>();
  try {
    p.validate();
  } catch (const Error& e) {
    throw Error(std::string("model file: ") + e.what());
  }
  const internal::Json& trees = internal::field(doc, "state.trees");
  if (!trees.is_array() || trees.empty())
    throw Error("model file: field 'state.trees' is not a non-empty list");
  for (std::size_t t = 0; t < trees.size(); ++t) {
    TreeModel tree = internal::tree_from_json(trees[t], "state.trees." + std::to_string(t));
    if (tree.n_values != 1 ||
        (!model.trees_.empty() && tree.n_features != model.trees_[0].n_features))
      throw Error("model file: tree " + std::to_string(t) +
                  " is not a regression tree or does not match the other trees");
    model.trees_.push_back(std::move(tree));
  }
  return model;
}

}  // namespace mlcore
