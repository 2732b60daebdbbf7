// The models `course ml train --model NAME` offers, and how each is built, configured from
// `--param k=v` and saved/loaded. Adding a model = one entry in model_kinds.cpp.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "mlcore/model_selection/estimator.hpp"

namespace course::ml {

enum class Task { kClassification, kRegression };
const char* task_name(Task task);  // "classification", "regression"

// An estimator that can also write itself as an mlcore model file.
class SavableEstimator : public mlcore::Estimator {
 public:
  virtual std::string to_json() const = 0;
};

struct ModelKind {
  std::string name;        // CLI name: "logreg", "linear", "ridge", …
  std::string model_type;  // mlcore model file type: "logistic_regression", …
  Task task;
  std::vector<std::string> params;  // Accepted --param keys.
  // Builds an unfitted model. Throws InputError naming an unknown or malformed parameter.
  std::unique_ptr<SavableEstimator> (*make)(const std::map<std::string, std::string>& params,
                                            unsigned seed);
  // Loads a fitted model from its mlcore model file text (throws mlcore::Error when malformed).
  std::unique_ptr<SavableEstimator> (*load)(const std::string& json);
};

// One entry per (name, task): "tree" and "forest" exist as a classifier and a regressor.
const std::vector<ModelKind>& model_kinds();
// The entry for `name`; for names that serve both tasks, the one for `task`. Throws InputError
// listing the known names when `name` is unknown.
const ModelKind& model_kind(const std::string& name, Task task);
// True when `name` serves both tasks (the task then follows the target column's type).
bool serves_both_tasks(const std::string& name);

}  // namespace course::ml
