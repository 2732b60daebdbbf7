// Harness for exercise 3.1 (cross-validation from scratch). Three kinds of case (input.task):
//   kfold       kfold_split(n_rows, n_splits, seed)         -> {folds, fold_sizes}
//   stratified  stratified_kfold_split(labels, n_splits, seed) -> {folds}
//   scores      cross_val_accuracy(model, X, y, folds)      -> {scores}
// fold_sizes is sorted largest first, so one exact check judges "sizes differ by at most one"
// whatever order the learner's folds come in. The models of score cases are built here, out of
// the learner's reach, with the parameters the generator used in scikit-learn.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "cross_validation.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"

namespace {

using nlohmann::json;

// scikit-learn's make_pipeline(StandardScaler(), LogisticRegression()): the scaler learns from
// the rows passed to fit only.
class ScaledLogisticRegression {
 public:
  void fit(const mlcore::Matrix& X, const mlcore::Vector& y, const mlcore::Vector* weights) {
    model_.fit(scaler_.fit_transform(X), y, weights);
  }
  mlcore::Vector predict(const mlcore::Matrix& X) const {
    return model_.predict(scaler_.transform(X));
  }

 private:
  mlcore::StandardScaler scaler_;
  mlcore::LogisticRegression model_;
};

mlcore::EstimatorFactory<mlcore::Matrix> model_named(const std::string& name) {
  if (name == "decision_tree")
    return [] {
      mlcore::DecisionTreeClassifierParams params;
      params.max_depth = 4;
      return mlcore::make_estimator(mlcore::DecisionTreeClassifier(params));
    };
  if (name == "logistic_regression")
    return [] { return mlcore::make_estimator(ScaledLogisticRegression()); };
  throw std::logic_error("unknown model in a 3.1 case: " + name);
}

mlcore::Matrix matrix_of(const json& rows) {
  mlcore::Matrix X(static_cast<Eigen::Index>(rows.size()),
                   static_cast<Eigen::Index>(rows.at(0).size()));
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t j = 0; j < rows[i].size(); ++j)
      X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j].get<double>();
  return X;
}

mlcore::Vector vector_of(const json& values) {
  const auto v = values.get<std::vector<double>>();
  return Eigen::Map<const mlcore::Vector>(v.data(), static_cast<Eigen::Index>(v.size()));
}

json folds_json(const ex::Folds& folds) {
  std::vector<std::size_t> sizes;
  for (const auto& fold : folds) sizes.push_back(fold.size());
  std::sort(sizes.rbegin(), sizes.rend());
  return {{"folds", folds}, {"fold_sizes", sizes}};
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const std::string task = input.at("task").get<std::string>();
  if (task == "kfold")
    return folds_json(ex::kfold_split(input.at("n_rows").get<std::size_t>(),
                                      input.at("n_splits").get<std::size_t>(),
                                      input.at("seed").get<std::uint32_t>()));
  if (task == "stratified")
    return folds_json(ex::stratified_kfold_split(vector_of(input.at("labels")),
                                                 input.at("n_splits").get<std::size_t>(),
                                                 input.at("seed").get<std::uint32_t>()));
  const ex::Folds folds = input.at("folds").get<ex::Folds>();
  const std::vector<double> scores =
      ex::cross_val_accuracy(model_named(input.at("model").get<std::string>()),
                             matrix_of(input.at("X")), vector_of(input.at("y")), folds);
  if (scores.size() != folds.size())
    throw std::invalid_argument("cross_val_accuracy returned " + std::to_string(scores.size()) +
                                " scores for " + std::to_string(folds.size()) + " folds");
  return {{"scores", scores}};
}

}  // namespace course::exercise
