// TableModel: a fitted model that takes a Table, like a scikit-learn Pipeline of a
// ColumnTransformer and an estimator saved with joblib: the preprocessing it learned
// (TablePreprocessor), the fitted estimator, the target's class labels and its metadata, in one
// mlcore model file. `course ml train --save` writes these; learner code loads them:
//
//   mlcore::TableModel model = mlcore::TableModel::load("model.json");
//   std::vector<std::string> labels = model.predict_labels(table);  // classifiers
//   mlcore::Matrix proba = model.predict_proba(table);  // columns follow model.classes
//   mlcore::Vector values = model.predict(table);       // regressors (class index for classifiers)
//
// File: {"format_version": 1, "model": "table_model", "target": …, "classes": [...],
//        "metadata": {...}, "tags": {...}, "preprocessor": {...}, "estimator": {...}}
// Files written by course 0.1 ("model": "course_pipeline", with "kind" and "task") load too: their
// kind becomes tags["kind"].
//
// Errors (mlcore::Error): a table missing a column the model was trained on (named), a malformed
// or newer file (the field named), an unreadable path, predict_proba on a regressor.
// Thread safety: const methods may run concurrently.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/model_selection/estimator.hpp"
#include "mlcore/preprocessing/table_preprocessor.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

struct TableModel {
  std::string target;                       // The predicted column.
  std::vector<std::string> classes;         // Class labels (classifiers); index = predicted code.
  TablePreprocessor preprocessor;           // Fitted: Table -> Matrix.
  std::unique_ptr<Estimator> estimator;     // Fitted on preprocessor's output.
  ModelMetadata metadata;                   // feature_names = the input columns the model reads.
  std::map<std::string, std::string> tags;  // Free-form, kept by save/load (e.g. "kind").

  bool is_classifier() const { return !classes.empty(); }

  // The estimator's input for `table`: checks every input column is present, then transforms.
  Matrix features(const Table& table) const;
  // Class index (classifiers) or value (regressors), one per row.
  Vector predict(const Table& table) const;
  // Class labels, one per row (classifiers only).
  std::vector<std::string> predict_labels(const Table& table) const;
  // Rows × classes probabilities (classifiers with predict_proba only).
  Matrix predict_proba(const Table& table) const;

  std::string to_json() const;
  static TableModel from_json(const std::string& text);
  // Reads / writes a file (load caps it at 1 GiB).
  static TableModel load(const std::string& path);
  void save(const std::string& path) const;
};

}  // namespace mlcore
