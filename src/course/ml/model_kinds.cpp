#include "course/ml/model_kinds.hpp"

#include <algorithm>

#include "course/error.hpp"
#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/ensemble/random_forest_regressor.hpp"
#include "mlcore/linear/linear_regression.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/linear/ridge.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"
#include "mlcore/tree/decision_tree_regressor.hpp"

namespace course::ml {
namespace {

using Params = std::map<std::string, std::string>;

double number(const Params& p, const std::string& key, double fallback) {
  const auto it = p.find(key);
  if (it == p.end()) return fallback;
  try {
    std::size_t used = 0;
    const double value = std::stod(it->second, &used);
    if (used == it->second.size()) return value;
  } catch (const std::exception&) {
  }
  fail_usage("--param " + key + "=" + it->second + ": expected a number");
}

bool flag(const Params& p, const std::string& key, bool fallback) {
  const auto it = p.find(key);
  if (it == p.end()) return fallback;
  if (it->second == "true" || it->second == "1") return true;
  if (it->second == "false" || it->second == "0") return false;
  fail_usage("--param " + key + "=" + it->second + ": expected true or false");
}

std::unique_ptr<mlcore::Estimator> make_logreg(const Params& p, unsigned) {
  mlcore::LogisticRegressionParams params;
  params.C = number(p, "C", params.C);
  params.tol = number(p, "tol", params.tol);
  params.max_iter = int(number(p, "max_iter", params.max_iter));
  params.fit_intercept = flag(p, "fit_intercept", params.fit_intercept);
  if (const auto it = p.find("class_weight"); it != p.end()) {
    if (it->second == "balanced")
      params.class_weight = mlcore::ClassWeight::kBalanced;
    else if (it->second == "none")
      params.class_weight = mlcore::ClassWeight::kNone;
    else
      fail_usage("--param class_weight=" + it->second + ": expected balanced or none");
  }
  params.validate();
  return mlcore::make_estimator(mlcore::LogisticRegression(params));
}

std::unique_ptr<mlcore::Estimator> make_linear(const Params& p, unsigned) {
  mlcore::LinearRegressionParams params;
  params.fit_intercept = flag(p, "fit_intercept", params.fit_intercept);
  return mlcore::make_estimator(mlcore::LinearRegression(params));
}

std::unique_ptr<mlcore::Estimator> make_ridge(const Params& p, unsigned) {
  mlcore::RidgeParams params;
  params.alpha = number(p, "alpha", params.alpha);
  params.fit_intercept = flag(p, "fit_intercept", params.fit_intercept);
  params.validate();
  return mlcore::make_estimator(mlcore::Ridge(params));
}

// Tree growth parameters shared by trees and forests; the seed comes from --seed.
void growth(const Params& p, unsigned seed, mlcore::TreeGrowthParams& g) {
  g.max_depth = int(number(p, "max_depth", g.max_depth));
  g.min_samples_split = int(number(p, "min_samples_split", g.min_samples_split));
  g.min_samples_leaf = int(number(p, "min_samples_leaf", g.min_samples_leaf));
  g.max_bins = int(number(p, "max_bins", g.max_bins));
  g.min_impurity_decrease = number(p, "min_impurity_decrease", g.min_impurity_decrease);
  if (const auto it = p.find("max_features"); it != p.end()) {
    if (it->second == "sqrt")
      g.max_features = mlcore::kMaxFeaturesSqrt;
    else if (it->second == "log2")
      g.max_features = mlcore::kMaxFeaturesLog2;
    else if (it->second == "all")
      g.max_features = mlcore::kMaxFeaturesAll;
    else
      g.max_features = int(number(p, "max_features", 0));
  }
  g.random_state = seed;
}

mlcore::Criterion criterion(const Params& p, mlcore::Criterion fallback) {
  const auto it = p.find("criterion");
  if (it == p.end()) return fallback;
  if (it->second == "gini") return mlcore::Criterion::kGini;
  if (it->second == "entropy") return mlcore::Criterion::kEntropy;
  if (it->second == "squared_error") return mlcore::Criterion::kSquaredError;
  fail_usage("--param criterion=" + it->second + ": expected gini, entropy or squared_error");
}

template <class Model, class ModelParams>
std::unique_ptr<mlcore::Estimator> make_tree(const Params& p, unsigned seed) {
  ModelParams params;
  growth(p, seed, params);
  params.criterion = criterion(p, params.criterion);
  if constexpr (std::is_same_v<Model, mlcore::RandomForestClassifier> ||
                std::is_same_v<Model, mlcore::RandomForestRegressor>) {
    params.n_estimators = int(number(p, "n_estimators", params.n_estimators));
    params.bootstrap = flag(p, "bootstrap", params.bootstrap);
  }
  return mlcore::make_estimator(Model(params));
}

}  // namespace

const char* task_name(Task task) {
  return task == Task::kClassification ? "classification" : "regression";
}

const std::vector<ModelKind>& model_kinds() {
  static const std::vector<std::string> kTreeParams = {
      "max_depth", "min_samples_split",     "min_samples_leaf", "max_features",
      "max_bins",  "min_impurity_decrease", "criterion"};
  static const std::vector<std::string> kForestParams = [] {
    std::vector<std::string> params = kTreeParams;
    params.insert(params.end(), {"n_estimators", "bootstrap"});
    return params;
  }();
  static const std::vector<ModelKind> kinds = {
      {"logreg",
       "logistic_regression",
       Task::kClassification,
       {"C", "tol", "max_iter", "fit_intercept", "class_weight"},
       make_logreg},
      {"linear", "linear_regression", Task::kRegression, {"fit_intercept"}, make_linear},
      {"ridge", "ridge", Task::kRegression, {"alpha", "fit_intercept"}, make_ridge},
      {"tree", "decision_tree_classifier", Task::kClassification, kTreeParams,
       make_tree<mlcore::DecisionTreeClassifier, mlcore::DecisionTreeClassifierParams>},
      {"tree", "decision_tree_regressor", Task::kRegression, kTreeParams,
       make_tree<mlcore::DecisionTreeRegressor, mlcore::DecisionTreeRegressorParams>},
      {"forest", "random_forest_classifier", Task::kClassification, kForestParams,
       make_tree<mlcore::RandomForestClassifier, mlcore::RandomForestClassifierParams>},
      {"forest", "random_forest_regressor", Task::kRegression, kForestParams,
       make_tree<mlcore::RandomForestRegressor, mlcore::RandomForestRegressorParams>},
  };
  return kinds;
}

const ModelKind& model_kind(const std::string& name, Task task) {
  const ModelKind* any = nullptr;
  std::string known;
  for (const auto& kind : model_kinds()) {
    if (kind.name == name && kind.task == task) return kind;
    if (kind.name == name) any = &kind;
    if (known.find(kind.name) == std::string::npos)
      known += (known.empty() ? "" : ", ") + kind.name;
  }
  if (any) return *any;  // A single-task model: its own task wins.
  fail_usage("unknown model '" + name + "' (known: " + known + ")");
}

bool serves_both_tasks(const std::string& name) {
  int count = 0;
  for (const auto& kind : model_kinds()) count += kind.name == name;
  return count > 1;
}

}  // namespace course::ml
