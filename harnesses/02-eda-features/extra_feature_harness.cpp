// Harness for exercise 2.3 (one feature that beats the baseline). The model is fixed here: a
// DecisionTreeClassifier (max_depth 3, random_state 0) on the six stats plus the learner's
// feature, fit on the training rows; predictions for the scored rows go to the parent, which
// holds their labels. A case without training rows ("csv") only checks the feature is finite.
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "extra_feature.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"

namespace {

using nlohmann::json;

const char* const kStats[] = {"hp", "attack", "defense", "sp_attack", "sp_defense", "speed"};

std::vector<double> feature_of(const mlcore::Table& table, const char* which) {
  std::vector<double> feature = ex::extra_feature(table);
  const std::string where = std::string("extra_feature on the ") + which + " rows";
  if (feature.size() != table.rows())
    throw std::invalid_argument(where + " returned " + std::to_string(feature.size()) +
                                " values for a table of " + std::to_string(table.rows()));
  for (std::size_t row = 0; row < feature.size(); ++row)
    if (!std::isfinite(feature[row]))
      throw std::invalid_argument(where + ": row " + std::to_string(row) + " is not finite");
  return feature;
}

// Six stats then the feature: the column order the calibration used.
mlcore::Matrix model_input(const mlcore::Table& table, const std::vector<double>& feature) {
  mlcore::Matrix X(table.rows(), 7);
  for (std::size_t row = 0; row < table.rows(); ++row) {
    for (std::size_t j = 0; j < 6; ++j) X(row, j) = table.column(kStats[j]).numeric(row);
    X(row, 6) = feature[row];
  }
  return X;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  if (input.contains("csv")) {
    const mlcore::Table table = mlcore::parse_csv(input.at("csv").get<std::string>());
    return {{"finite", true}, {"rows", feature_of(table, "edge-case").size()}};
  }
  const mlcore::Table train = mlcore::parse_csv(input.at("train_csv").get<std::string>());
  const mlcore::Table test = mlcore::parse_csv(input.at("test_csv").get<std::string>());
  const auto labels = input.at("train_labels").get<std::vector<double>>();
  mlcore::DecisionTreeClassifierParams params;
  params.max_depth = 3;
  params.random_state = 0;
  mlcore::DecisionTreeClassifier tree(params);
  tree.fit(
      model_input(train, feature_of(train, "training")),
      Eigen::Map<const mlcore::Vector>(labels.data(), static_cast<Eigen::Index>(labels.size())));
  const mlcore::Vector predictions = tree.predict(model_input(test, feature_of(test, "scored")));
  return {{"predictions",
           std::vector<double>(predictions.data(), predictions.data() + predictions.size())}};
}

}  // namespace course::exercise
