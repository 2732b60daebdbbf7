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
// Errors (mlcore::Error): predict before fit ("Pipeline is not fitted; call fit() first"), a null
// model, anything the preprocessor or the model throws.
// Thread safety: const methods may run concurrently if the model's do; fit needs exclusive access.
// A Pipeline owns its model, so it is movable, not copyable.
#pragma once

#include <memory>

#include "mlcore/linalg.hpp"
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

 private:
  TablePreprocessor preprocessor_;
  std::unique_ptr<Estimator> model_;
  bool fitted_ = false;
};

}  // namespace mlcore
