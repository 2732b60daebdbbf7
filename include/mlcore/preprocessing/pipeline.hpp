// Pipeline: a TablePreprocessor followed by any model, fitted together, as scikit-learn's
// make_pipeline(ColumnTransformer(...), model).
//
// fit(table, y) fits the preprocessor on `table` only, transforms it and fits the model on the
// result; predict/predict_proba transform with the already-fitted preprocessor. Because a
// Pipeline is a TableEstimator, cross_validate/grid_search over a Table fit a fresh Pipeline per
// fold on that fold's train rows only: test rows never influence imputation, scaling or the
// category list (no leakage).
//
//   auto make = [] { return std::make_unique<Pipeline>(TablePreprocessorParams{},
//                                                      make_estimator(LogisticRegression())); };
//   cross_validate<Table>(make, features, y, StratifiedKFold(), scorers);
//
// Model file: to_json() writes one versioned document holding both fitted steps, each as its own
// model file (so each keeps its own params and checks):
//   {"format_version": 1, "model": "pipeline", "metadata": {feature_names = input columns, ...},
//    "params": {"steps": ["table_preprocessor", "<model type>"]},
//    "state": {"preprocessor": {...}, "model": {...}}}
// from_json() rebuilds it; the loaded pipeline transforms and predicts bit-identically. The model
// step is read by `load` (default load_estimator: every mlcore model type).
//
// Errors (mlcore::Error): predict before fit ("Pipeline is not fitted; call fit() first"), a null
// model, anything the preprocessor or the model throws; to_json before fit or with a model that
// has no to_json(); from_json on invalid JSON, a newer format_version, or a missing/malformed
// field (the message names it, e.g. "field 'state.model'").
// Thread safety: const methods may run concurrently if the model's do; fit needs exclusive access.
// A Pipeline owns its model, so it is movable, not copyable.
#pragma once

#include <memory>
#include <string>

#include "mlcore/io/load_estimator.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"
#include "mlcore/model_selection/estimator.hpp"
#include "mlcore/preprocessing/table_preprocessor.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

class Pipeline final : public TableEstimator {
 public:
  // Throws mlcore::Error when model is null or params are invalid.
  Pipeline(TablePreprocessorParams preprocessing, std::unique_ptr<Estimator> model);

  void fit(const Table& X, const Vector& y, const Vector* sample_weight = nullptr) override;
  Vector predict(const Table& X) const override;
  bool has_predict_proba() const override { return model_->has_predict_proba(); }
  Matrix predict_proba(const Table& X) const override;
  Vector classes() const override { return model_->classes(); }

  // The preprocessed matrix the model sees for X (after fit).
  Matrix transform(const Table& X) const;
  bool is_fitted() const { return fitted_; }
  const TablePreprocessor& preprocessor() const { return preprocessor_; }
  const Estimator& model() const { return *model_; }
  Estimator& model() { return *model_; }

  std::string to_json() const override;
  static Pipeline from_json(const std::string& text, const EstimatorLoader& load = load_estimator);

  // feature_names = the input columns the preprocessor reads, n_samples = fit's rows; target,
  // trained_at and metrics are left to whoever fits.
  ModelMetadata metadata;

 private:
  struct Fitted {};  // Tag: the parts are already fitted (from_json).
  Pipeline(Fitted, TablePreprocessor preprocessor, std::unique_ptr<Estimator> model);

  TablePreprocessor preprocessor_;
  std::unique_ptr<Estimator> model_;
  bool fitted_ = false;
};

}  // namespace mlcore
