#include "mlcore/preprocessing/pipeline.hpp"

#include <utility>

#include "preprocessing/checks.hpp"

namespace mlcore {
namespace {
constexpr const char* kName = "Pipeline";
}

Pipeline::Pipeline(TablePreprocessorParams preprocessing, std::unique_ptr<Estimator> model)
    : preprocessor_(std::move(preprocessing)), model_(std::move(model)) {
  if (!model_) throw Error("Pipeline: model must not be null");
}

void Pipeline::fit(const Table& X, const Vector& y, const Vector* sample_weight) {
  if (static_cast<std::size_t>(y.size()) != X.rows())
    throw Error("Pipeline: y has " + std::to_string(y.size()) + " labels, expected " +
                std::to_string(X.rows()) + " (one per row of X)");
  fitted_ = false;
  const Matrix features = preprocessor_.fit_transform(X);
  model_->fit(features, y, sample_weight);
  metadata.feature_names = preprocessor_.numeric_columns();
  for (const std::string& name : preprocessor_.categorical_columns())
    metadata.feature_names.push_back(name);
  metadata.n_samples = X.rows();
  fitted_ = true;
}

Matrix Pipeline::transform(const Table& X) const {
  if (!fitted_) internal::throw_not_fitted(kName);
  return preprocessor_.transform(X);
}

Vector Pipeline::predict(const Table& X) const { return model_->predict(transform(X)); }

Matrix Pipeline::predict_proba(const Table& X) const { return model_->predict_proba(transform(X)); }

}  // namespace mlcore
