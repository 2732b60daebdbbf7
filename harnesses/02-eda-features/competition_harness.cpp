// Harness for challenge 2.C (feature engineering competition). The model is fixed here, out of
// the learner's reach: the learner's make_features() turns the training rows and the rows to
// score into matrices; this file fits StandardScaler + LogisticRegression (C = 1) on the training
// rows and their labels, and returns predictions for the rows to score. Their labels (validation
// or hidden holdout) stay with the parent, which scores the predictions (metric_threshold).
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "competition.hpp"
#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"

namespace {

using nlohmann::json;

// The contract of competition.hpp, enforced with a message the learner can act on.
mlcore::Matrix features_of(const mlcore::Table& table, const char* which) {
  mlcore::Matrix X = ex::make_features(table);
  const std::string where = std::string("make_features on the ") + which + " rows";
  if (static_cast<std::size_t>(X.rows()) != table.rows())
    throw std::invalid_argument(where + " returned " + std::to_string(X.rows()) +
                                " rows for a table of " + std::to_string(table.rows()));
  if (X.cols() == 0) throw std::invalid_argument(where + " returned no columns");
  for (Eigen::Index i = 0; i < X.rows(); ++i)
    for (Eigen::Index j = 0; j < X.cols(); ++j)
      if (!std::isfinite(X(i, j)))
        throw std::invalid_argument(where + ": column " + std::to_string(j) + " is not finite");
  return X;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const mlcore::Table train = mlcore::parse_csv(input.at("train_csv").get<std::string>());
  const mlcore::Table test = mlcore::parse_csv(input.at("test_csv").get<std::string>());
  const auto labels = input.at("train_labels").get<std::vector<double>>();
  const mlcore::Matrix X_train = features_of(train, "training");
  const mlcore::Matrix X_test = features_of(test, "scored");
  if (X_test.cols() != X_train.cols())
    throw std::invalid_argument("make_features gave " + std::to_string(X_train.cols()) +
                                " columns for the training rows but " +
                                std::to_string(X_test.cols()) + " for the scored rows");
  mlcore::StandardScaler scaler;
  const mlcore::Matrix Z_train = scaler.fit_transform(X_train);
  mlcore::LogisticRegression model;
  model.fit(Z_train, Eigen::Map<const mlcore::Vector>(labels.data(),
                                                      static_cast<Eigen::Index>(labels.size())));
  const mlcore::Vector predictions = model.predict(scaler.transform(X_test));
  return {{"predictions",
           std::vector<double>(predictions.data(), predictions.data() + predictions.size())}};
}

}  // namespace course::exercise
