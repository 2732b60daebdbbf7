#include "mlcore/ensemble/random_forest_classifier.hpp"

#include <climits>

#include "ensemble/forest_builder.hpp"
#include "io/model_json.hpp"
#include "mlcore/error.hpp"
#include "tree/fit_checks.hpp"
#include "tree/tree_json.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "RandomForestClassifier";
constexpr const char* kType = "random_forest_classifier";
}  // namespace

void RandomForestClassifierParams::validate() const {
  TreeGrowthParams::validate("RandomForestClassifierParams");
  if (n_estimators < 1)
    throw Error("RandomForestClassifierParams.n_estimators must be >= 1 (got " +
                std::to_string(n_estimators) + ")");
  if (n_jobs < 0)
    throw Error("RandomForestClassifierParams.n_jobs must be >= 0 (got " + std::to_string(n_jobs) +
                ")");
  if (criterion != Criterion::kGini && criterion != Criterion::kEntropy)
    throw Error(
        std::string("RandomForestClassifierParams.criterion must be gini or entropy (got ") +
        criterion_name(criterion) + ")");
}

void RandomForestClassifier::fit(const Matrix& X, const Vector& y, const Vector* sample_weight) {
  params.validate();
  internal::check_tree_fit_input(kName, X, y, sample_weight);
  std::vector<std::int32_t> class_index;
  Vector classes = internal::encode_classes(y, class_index);
  internal::TrainingSet targets;
  targets.n_classes = static_cast<int>(classes.size());
  targets.class_index = class_index.data();
  internal::ForestConfig config;
  config.trainer.criterion = params.criterion;
  config.trainer.growth = params;
  config.n_estimators = params.n_estimators;
  config.bootstrap = params.bootstrap;
  config.n_jobs = params.n_jobs;
  trees_ = internal::grow_forest(X, targets, config, sample_weight);
  classes_ = std::move(classes);
  metadata.n_samples = static_cast<std::size_t>(X.rows());
}

void RandomForestClassifier::require_fitted() const {
  if (!fitted()) throw Error(std::string(kName) + " is not fitted; call fit() first");
}

Matrix RandomForestClassifier::predict_proba(const Matrix& X) const {
  require_fitted();
  internal::check_tree_predict_input(kName, X, trees_.front().n_features);
  const auto k = classes_.size();
  Matrix proba = Matrix::Zero(X.rows(), k);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const double* x = X.row(i).data();
    double* out = proba.row(i).data();
    for (const TreeModel& tree : trees_) {
      const double* v = tree.leaf_value(x);
      for (Eigen::Index c = 0; c < k; ++c) out[c] += v[c];
    }
  }
  proba /= static_cast<double>(trees_.size());
  return proba;
}

Vector RandomForestClassifier::predict(const Matrix& X) const {
  const Matrix proba = predict_proba(X);
  Vector labels(X.rows());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    Eigen::Index best = 0;
    for (Eigen::Index c = 1; c < proba.cols(); ++c)
      if (proba(i, c) > proba(i, best)) best = c;
    labels[i] = classes_[best];
  }
  return labels;
}

Vector RandomForestClassifier::feature_importances() const {
  require_fitted();
  return internal::forest_importances(trees_, trees_.front().n_features);
}

const std::vector<TreeModel>& RandomForestClassifier::trees() const {
  require_fitted();
  return trees_;
}

std::string RandomForestClassifier::to_json() const {
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
  doc["state"] = {{"classes", internal::to_json(classes_)}, {"trees", std::move(trees)}};
  return doc.dump();
}

RandomForestClassifier RandomForestClassifier::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  RandomForestClassifier model;
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
  model.classes_ = internal::vector_field(doc, "state.classes");
  const internal::Json& trees = internal::field(doc, "state.trees");
  if (!trees.is_array() || trees.empty())
    throw Error("model file: field 'state.trees' is not a non-empty list");
  for (std::size_t t = 0; t < trees.size(); ++t) {
    TreeModel tree = internal::tree_from_json(trees[t], "state.trees." + std::to_string(t));
    if (tree.n_values != model.classes_.size() ||
        tree.n_features != (model.trees_.empty() ? tree.n_features : model.trees_[0].n_features))
      throw Error("model file: tree " + std::to_string(t) +
                  " does not match the classes or the other trees");
    model.trees_.push_back(std::move(tree));
  }
  return model;
}

}  // namespace mlcore
