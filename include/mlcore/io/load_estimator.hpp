// load_estimator: reads any mlcore model file back as an Estimator, dispatching on its "model"
// field, so code holding a type-erased model (a Pipeline, a grid search's best estimator) can be
// saved with Estimator::to_json() and loaded without knowing the concrete type.
//
//   std::unique_ptr<Estimator> m = load_estimator(text);  // e.g. a "logistic_regression" file
//
// Known types: logistic_regression, linear_regression, ridge, decision_tree_classifier,
// decision_tree_regressor, random_forest_classifier, random_forest_regressor.
// Errors (mlcore::Error): whatever the model's own from_json throws (invalid JSON, a newer
// format_version, a missing or mistyped field, named), and an unknown "model" type (listing the
// known ones).
// Thread safety: a pure function.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "mlcore/model_selection/estimator.hpp"

namespace mlcore {

// Builds a fitted Estimator from a model file's text.
using EstimatorLoader = std::function<std::unique_ptr<Estimator>(const std::string& text)>;

std::unique_ptr<Estimator> load_estimator(const std::string& text);

}  // namespace mlcore
