// `course ml train | predict | eval`: the whole path from a CSV to a saved model and back.
//
// A saved model is an mlcore::TableModel file (include/mlcore/io/table_model.hpp): the fitted
// preprocessing (imputation, scaling, one-hot encoding of categorical columns) and the fitted
// mlcore model, so `predict` applies exactly what `train` learned, and learner code can load the
// same file with mlcore::TableModel::load. The CLI's model name is kept in tags["kind"].
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "course/ml/model_kinds.hpp"
#include "mlcore/io/table_model.hpp"
#include "mlcore/table.hpp"

namespace course::ml {

struct SavedModel : mlcore::TableModel {
  std::string kind;  // model_kinds() name ("" for a TableModel saved by other code).
  Task task = Task::kClassification;

  // to_json() is TableModel's; train() sets tags["kind"].
  // Throws InputError naming `source` for malformed files or a newer format_version.
  static SavedModel from_json(const std::string& text, const std::string& source);
};

struct TrainRequest {
  std::string target;
  std::string model = "logreg";
  std::map<std::string, std::string> params;  // --param k=v
  std::string scale = "standard";             // standard | minmax | none
  int cv = 0;                                 // Folds; 0 = no cross-validation.
  unsigned seed = 0;
};

struct TrainResult {
  SavedModel model;
  std::size_t rows = 0;          // Rows used.
  std::size_t dropped_rows = 0;  // Rows dropped because the target was missing.
  std::size_t features_out = 0;  // Columns after one-hot encoding.
  std::map<std::string, double> train_metrics;
  std::map<std::string, std::vector<double>> cv_scores;  // Per fold, by metric name.
  double fit_seconds = 0;
};

// Trains on `data` (read from `source`). Throws InputError (exit 2) for an unknown target, a
// target with one value, a non-numeric target for a regressor, no rows, bad parameters.
TrainResult train(const mlcore::Table& data, const std::string& source,
                  const TrainRequest& request);

struct Predictions {
  mlcore::Table table;  // "prediction" and, for classifiers, "proba_<class>" per class.
  double predict_seconds = 0;
};

// Throws InputError naming a missing input column.
Predictions predict(const SavedModel& model, const mlcore::Table& data, const std::string& source);

// Metrics with scikit-learn's scoring names: accuracy, balanced_accuracy, f1_macro, roc_auc,
// log_loss (classification); r2, rmse, mae (regression).
std::map<std::string, double> evaluate(const SavedModel& model, const mlcore::Table& data,
                                       const std::string& source);

}  // namespace course::ml
