#include "mlcore/tree/decision_tree_regressor.hpp"

#include "io/model_json.hpp"
#include "mlcore/error.hpp"
#include "tree/binned_data.hpp"
#include "tree/fit_checks.hpp"
#include "tree/tree_json.hpp"
#include "tree/tree_trainer.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "DecisionTreeRegressor";
constexpr const char* kType = "decision_tree_regressor";
}  // namespace

void DecisionTreeRegressorParams::validate() const {
  TreeGrowthParams::validate("DecisionTreeRegressorParams");
  if (criterion != Criterion::kSquaredError)
    throw Error(std::string("DecisionTreeRegressorParams.criterion must be squared_error (got ") +
                criterion_name(criterion) + ")");
}

void DecisionTreeRegressor::fit(const Matrix& X, const Vector& y, const Vector* sample_weight) {
  params.validate();
  internal::check_tree_fit_input(kName, X, y, sample_weight);
  internal::TrainingSet data;
  data.n_rows = static_cast<std::size_t>(X.rows());
  data.n_features = static_cast<int>(X.cols());
  data.y = y.data();
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
  metadata.n_samples = static_cast<std::size_t>(X.rows());
}

void DecisionTreeRegressor::require_fitted() const {
  if (!fitted()) throw Error(std::string(kName) + " is not fitted; call fit() first");
}

Vector DecisionTreeRegressor::predict(const Matrix& X) const {
  require_fitted();
  internal::check_tree_predict_input(kName, X, tree_.n_features);
  Vector out(X.rows());
  for (Eigen::Index i = 0; i < X.rows(); ++i) out[i] = *tree_.leaf_value(X.row(i).data());
  return out;
}

Vector DecisionTreeRegressor::feature_importances() const {
  require_fitted();
  return tree_.feature_importances();
}
int DecisionTreeRegressor::depth() const {
  require_fitted();
  return tree_.depth();
}
int DecisionTreeRegressor::n_leaves() const {
  require_fitted();
  return tree_.n_leaves();
}
const TreeModel& DecisionTreeRegressor::tree() const {
  require_fitted();
  return tree_;
}

std::string DecisionTreeRegressor::to_json() const {
  require_fitted();
  internal::Json doc = internal::model_document(kType, metadata);
  internal::Json params_json = internal::Json::object();
  internal::growth_to_json(params, params.criterion, params_json);
  doc["params"] = params_json;
  doc["state"] = {{"tree", internal::tree_to_json(tree_)}};
  return doc.dump();
}

DecisionTreeRegressor DecisionTreeRegressor::from_json(const std::string& text) {
  const internal::Json doc = internal::parse_model_document(text, kType);
  DecisionTreeRegressor model;
  model.metadata = internal::metadata_from_json(doc);
  internal::growth_from_json(doc, model.params, model.params.criterion);
  try {
    model.params.validate();
  } catch (const Error& e) {
    throw Error(std::string("model file: ") + e.what());
  }
  model.tree_ = internal::tree_from_json(internal::field(doc, "state.tree"), "state.tree");
  if (model.tree_.n_values != 1)
    throw Error("model file: 'state.tree' must hold one value per node for a regressor");
  return model;
}

}  // namespace mlcore
