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

struct ModelKind {
  std::string name;        // CLI name: "logreg", "linear", "ridge", …
  std::string model_type;  // mlcore model file type: "logistic_regression", …
  Task task;
  std::vector<std::string> params;  // Accepted --param keys.
  // Builds an unfitted model. Throws InputError naming an unknown or malformed parameter.
  std::unique_ptr<mlcore::Estimator> (*make)(const std::map<std::string, std::string>& params,
                                             unsigned seed);
};

// One entry per (name, task): "tree" and "forest" exist as a classifier and a regressor.
const std::vector<ModelKind>& model_kinds();
// The entry for `name`; for names that serve both tasks, the one for `task`. Throws InputError
// listing the known names when `name` is unknown.
const ModelKind& model_kind(const std::string& name, Task task);
// True when `name` serves both tasks (the task then follows the target column's type).
bool serves_both_tasks(const std::string& name);

}  // namespace course::ml
