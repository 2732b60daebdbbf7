#include "mlcore/tree/decision_tree_classifier.hpp"

#include "io/model_json.hpp"
#include "mlcore/error.hpp"
#include "tree/binned_data.hpp"
#include "tree/fit_checks.hpp"
#include "tree/tree_json.hpp"
#include "tree/tree_trainer.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "DecisionTreeClassifier";
constexpr const char* kType = "decision_tree_classifier";
}  // namespace

void DecisionTreeClassifierParams::validate() const {
  TreeGrowthParams::validate("DecisionTreeClassifierParams");
  if (criterion != Criterion::kGini && criterion != Criterion::kEntropy)
    throw Error(
        std::string("DecisionTreeClassifierParams.criterion must be gini or entropy (got ") +
        criterion_name(criterion) + ")");
}

void DecisionTreeClassifier::fit(const Matrix& X, const Vector& y, const Vector* sample_weight) {
  params.validate();
  internal::check_tree_fit_input(kName, X, y, sample_weight);
  std::vector<std::int32_t> class_index;
  Vector classes = internal::encode_classes(y, class_index);

  internal::TrainingSet data;
  data.n_rows = static_cast<std::size_t>(X.rows());
  data.n_features = static_cast<int>(X.cols());
  data.n_classes = static_cast<int>(classes.size());
  data.class_index = class_index.data();
  std::vector<double> columns;
  internal::BinnedData binned;
  if (params.max_bins > 0) {
    binned = internal::bin_features(X, params.max_bins);
    data.binned = &binned;
  } else {
    columns = internal::to_columns(X);
    data.columns = columns.data();
  }
  internal::TrainerConfig config;
  config.criterion = params.criterion;
  config.growth = params;
  tree_ = internal::grow_tree(data, config, sample_weight ? sample_weight->data() : nullptr,
                              params.random_state);
  classes_ = std::move(classes);
  metadata.n_samples = static_cast<std::size_t>(X.rows());
}

void DecisionTreeClassifier::require_fitted() const {
  if (!fitted()) throw Error(std::string(kName) + " is not fitted; call fit() first");
}

Matrix DecisionTreeClassifier::predict_proba(const Matrix& X) const {
  require_fitted();
  internal::check_tree_predict_input(kName, X, tree_.n_features);
  Matrix proba(X.rows(), classes_.size());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const double* v = tree_.leaf_value(X.row(i).data());
    for (Eigen::Index c = 0; c < proba.cols(); ++c) proba(i, c) = v[c];
  }
  return proba;
}

Vector DecisionTreeClassifier::predict(const Matrix& X) const {
  require_fitted();
  internal::check_tree_predict_input(kName, X, tree_.n_features);
  Vector labels(X.rows());
  const auto k = static_cast<Eigen::Index>(classes_.size());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const double* v = tree_.leaf_value(X.row(i).data());
    Eigen::Index best = 0;  // First maximum, like numpy's argmax.
    for (Eigen::Index c = 1; c < k; ++c)
      if (v[c] > v[best]) best = c;
    labels[i] = classes_[best];
  }
  return labels;
}

Vector DecisionTreeClassifier::feature_importances() const {
  require_fitted();
  return tree_.feature_importances();
}
int DecisionTreeClassifier::depth() const {
  require_fitted();
  return tree_.depth();
}
int DecisionTreeClassifier::n_leaves() const {
  require_fitted();
  return tree_.n_leaves();
}
const TreeModel& DecisionTreeClassifier::tree() const {
  require_fitted();
  return tree_;
}

std::string DecisionTreeClassifier::to_json() const {
  require_fitted();
  internal::Json doc = internal::model_document(kType, metadata);
  internal::Json params_json = internal::Json::object();
  internal::growth_to_json(params, params.criterion, params_json);
  doc["params"] = params_json;
  doc["state"] = {{"classes", internal::to_json(classes_)},
                  {"tree", internal::tree_to_json(tree_)}};
  return doc.dump();
}

DecisionTreeClassifier DecisionTreeClassifier::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  DecisionTreeClassifier model;
  model.metadata = internal::metadata_from_json(doc);
  internal::growth_from_json(doc, model.params, model.params.criterion);
  try {
    model.params.validate();
  } catch (const Error& e) {
    throw Error(std::string("model file: ") + e.what());
  }
  model.classes_ = internal::vector_field(doc, "state.classes");
  model.tree_ = internal::tree_from_json(internal::field(doc, "state.tree"), "state.tree");
  if (model.tree_.n_values != model.classes_.size() || model.classes_.size() == 0)
    throw Error("model file: 'state.tree' has " + std::to_string(model.tree_.n_values) +
                " values per node for " + std::to_string(model.classes_.size()) + " classes");
  return model;
}

}  // namespace mlcore
