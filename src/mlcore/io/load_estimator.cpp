#include "mlcore/io/load_estimator.hpp"

#include <utility>
#include <vector>

#include "io/model_json.hpp"
#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/ensemble/random_forest_regressor.hpp"
#include "mlcore/linear/linear_regression.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/linear/ridge.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"
#include "mlcore/tree/decision_tree_regressor.hpp"

namespace mlcore {
namespace {

template <class Model>
std::unique_ptr<Estimator> load(const std::string& text) {
  return make_estimator(Model::from_json(text));
}

struct Loader {
  const char* type;
  std::unique_ptr<Estimator> (*load)(const std::string&);
};

// One row per model type; a new model with to_json/from_json adds one line here.
const std::vector<Loader>& loaders() {
  static const std::vector<Loader> table = {
      {"logistic_regression", load<LogisticRegression>},
      {"linear_regression", load<LinearRegression>},
      {"ridge", load<Ridge>},
      {"decision_tree_classifier", load<DecisionTreeClassifier>},
      {"decision_tree_regressor", load<DecisionTreeRegressor>},
      {"random_forest_classifier", load<RandomForestClassifier>},
      {"random_forest_regressor", load<RandomForestRegressor>},
  };
  return table;
}

}  // namespace

std::unique_ptr<Estimator> load_estimator(const std::string& text) {
  // Checks JSON, format_version and the presence of "model" once, with the shared messages.
  const std::string type =
      internal::model_type(internal::parse_model_document(text, /*expected_type=*/nullptr));
  std::string known;
  for (const Loader& loader : loaders()) {
    if (type == loader.type) return loader.load(text);
    known += (known.empty() ? "" : ", ") + std::string(loader.type);
  }
  throw Error("model file: field 'model' names an unknown model type '" + type +
              "' (known: " + known + ")");
}

}  // namespace mlcore
