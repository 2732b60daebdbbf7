// The type-erased estimator interface cross_validate, grid_search and Pipeline work with.
//
// Any model with mlcore's verbs plugs in through make_estimator(model):
//   required  void fit(const Input& X, const Vector& y, const Vector* sample_weight)
//             Vector predict(const Input& X) const
//   optional  Matrix predict_proba(const Input& X) const   (columns follow classes())
//             <vector-like of double> classes() const
//             std::string to_json() const              (its model file, see io/load_estimator.hpp)
// The optional verbs are detected at compile time: has_predict_proba() says whether the model
// has one; predict_proba() on a model without it throws mlcore::Error, classes() returns an
// empty Vector (regressors), to_json() throws mlcore::Error (the model cannot be saved).
//
// Input is Matrix for plain models (Estimator) and Table for models that take a table, like
// Pipeline (TableEstimator).
// Thread safety: as the wrapped model's (const verbs concurrently, fit exclusively, in practice).
#pragma once

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "mlcore/error.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace mlcore {

template <class Input>
class BasicEstimator {
 public:
  virtual ~BasicEstimator() = default;
  virtual void fit(const Input& X, const Vector& y, const Vector* sample_weight) = 0;
  virtual Vector predict(const Input& X) const = 0;
  virtual bool has_predict_proba() const { return false; }
  // Throws mlcore::Error unless has_predict_proba().
  virtual Matrix predict_proba(const Input& /*X*/) const {
    throw Error("this estimator has no predict_proba");
  }
  // Sorted class labels of a fitted classifier; empty for regressors.
  virtual Vector classes() const { return Vector(); }
  // The wrapped model's model file (what a Pipeline saves). Throws mlcore::Error when the model
  // has no to_json() or is not fitted.
  virtual std::string to_json() const {
    throw Error("this estimator cannot be saved (its model has no to_json())");
  }
};

using Estimator = BasicEstimator<Matrix>;
using TableEstimator = BasicEstimator<Table>;

namespace detail {

template <class M, class I, class = void>
struct HasPredictProba : std::false_type {};
template <class M, class I>
struct HasPredictProba<
    M, I, std::void_t<decltype(std::declval<const M&>().predict_proba(std::declval<const I&>()))>>
    : std::true_type {};

template <class M, class = void>
struct HasToJson : std::false_type {};
template <class M>
struct HasToJson<M, std::void_t<decltype(std::declval<const M&>().to_json())>> : std::true_type {};

template <class M, class = void>
struct HasClasses : std::false_type {};
template <class M>
struct HasClasses<M, std::void_t<decltype(std::declval<const M&>().classes())>> : std::true_type {};

}  // namespace detail

// Wraps a model by value. model() gives the wrapped model back (e.g. to read coefficients or
// save it after cross-validation).
template <class Model, class Input = Matrix>
class EstimatorAdapter final : public BasicEstimator<Input> {
 public:
  explicit EstimatorAdapter(Model model) : model_(std::move(model)) {}

  void fit(const Input& X, const Vector& y, const Vector* sample_weight) override {
    model_.fit(X, y, sample_weight);
  }
  Vector predict(const Input& X) const override { return model_.predict(X); }
  bool has_predict_proba() const override { return detail::HasPredictProba<Model, Input>::value; }
  Matrix predict_proba(const Input& X) const override {
    if constexpr (detail::HasPredictProba<Model, Input>::value) {
      return model_.predict_proba(X);
    } else {
      return BasicEstimator<Input>::predict_proba(X);
    }
  }
  Vector classes() const override {
    if constexpr (detail::HasClasses<Model>::value) {
      const auto& c = model_.classes();
      Vector out(static_cast<Eigen::Index>(c.size()));
      for (Eigen::Index i = 0; i < out.size(); ++i) out[i] = c[i];
      return out;
    } else {
      return Vector();
    }
  }
  std::string to_json() const override {
    if constexpr (detail::HasToJson<Model>::value) {
      return model_.to_json();
    } else {
      return BasicEstimator<Input>::to_json();
    }
  }

  Model& model() { return model_; }
  const Model& model() const { return model_; }

 private:
  Model model_;
};

// make_estimator(LogisticRegression(params)) -> std::unique_ptr<Estimator>;
// make_estimator<Table>(pipeline_like_model) for table inputs.
template <class Input = Matrix, class Model>
std::unique_ptr<BasicEstimator<Input>> make_estimator(Model model) {
  return std::make_unique<EstimatorAdapter<Model, Input>>(std::move(model));
}

}  // namespace mlcore
