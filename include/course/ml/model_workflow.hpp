// `course ml train | predict | eval`: the whole path from a CSV to a saved model and back.
//
// A saved model is one JSON document holding the fitted preprocessing (imputation, scaling,
// one-hot encoding of categorical columns) and the fitted mlcore model, so `predict` applies
// exactly what `train` learned:
//   {"format_version": 1, "model": "course_pipeline", "kind": "logreg", "task": …, "target": …,
//    "classes": [...], "metadata": {...}, "preprocessor": {...}, "estimator": {...}}
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "course/ml/model_kinds.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/preprocessing/table_preprocessor.hpp"
#include "mlcore/table.hpp"

namespace course::ml {

struct SavedModel {
  std::string kind;  // model_kinds() name.
  Task task = Task::kClassification;
  std::string target;
  std::vector<std::string> classes;  // Class labels as text (classification only).
  mlcore::TablePreprocessor preprocessor;
  std::unique_ptr<SavableEstimator> estimator;
  mlcore::ModelMetadata metadata;  // feature_names = the input columns.

  std::string to_json() const;
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
