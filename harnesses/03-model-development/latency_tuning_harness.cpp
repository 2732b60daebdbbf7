// Harness for exercise 3.3 (tuning under a latency budget). Two kinds of case (input.task):
//   tune     calls tune_forest on the training rows and returns the candidates' CV accuracies
//            (compared with scikit-learn's) and two verdicts computed here from the learner's
//            own report: follows_rule (one candidate per kGrid entry, in order, with finite
//            positive timings; the choice is within the budget by the learner's measurement and
//            has the best CV accuracy of those that are) and ships_tuned_choice
//            (shipped_config() is the configuration tune_forest chose).
//   predict  fits make_forest(shipped_config()) on the training rows and predicts X_test
//            `repeat` times (the latency case: the runner times the process). Returns the
//            predictions of one copy (for metric_threshold) and the number of rows predicted.
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "latency_tuning.hpp"

namespace {

using nlohmann::json;

mlcore::Matrix matrix_of(const json& rows, std::size_t repeat) {
  const std::size_t n = rows.size();
  mlcore::Matrix X(static_cast<Eigen::Index>(n * repeat),
                   static_cast<Eigen::Index>(rows.at(0).size()));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < rows[i].size(); ++j)
      for (std::size_t copy = 0; copy < repeat; ++copy)
        X(static_cast<Eigen::Index>(copy * n + i), static_cast<Eigen::Index>(j)) =
            rows[i][j].get<double>();
  return X;
}

bool follows_rule(const ex::TuningReport& report, double budget) {
  if (report.candidates.size() != ex::kGrid.size() || report.chosen >= report.candidates.size())
    return false;
  const ex::CandidateResult& chosen = report.candidates[report.chosen];
  if (!(chosen.micros_per_row <= budget)) return false;
  for (std::size_t i = 0; i < report.candidates.size(); ++i) {
    const ex::CandidateResult& c = report.candidates[i];
    if (!(c.config == ex::kGrid[i]) || !std::isfinite(c.micros_per_row) || c.micros_per_row <= 0)
      return false;
    const bool better = c.cv_accuracy > chosen.cv_accuracy ||
                        (c.cv_accuracy == chosen.cv_accuracy && i < report.chosen);
    if (c.micros_per_row <= budget && better) return false;
  }
  return true;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const auto labels = input.at("y_train").get<std::vector<double>>();
  const Eigen::Map<const mlcore::Vector> y(labels.data(), static_cast<Eigen::Index>(labels.size()));
  const mlcore::Matrix X_train = matrix_of(input.at("X_train"), 1);
  if (input.at("task") == "tune") {
    const double budget = input.at("max_micros_per_row").get<double>();
    const ex::TuningReport report = ex::tune_forest(X_train, y, budget);
    std::vector<double> accuracies;
    for (const ex::CandidateResult& c : report.candidates) accuracies.push_back(c.cv_accuracy);
    const bool ok = follows_rule(report, budget);
    return {{"cv_accuracy", accuracies},
            {"follows_rule", ok},
            {"ships_tuned_choice",
             ok && report.candidates[report.chosen].config == ex::shipped_config()}};
  }
  const std::size_t repeat = input.at("repeat").get<std::size_t>();
  const std::size_t n_test = input.at("X_test").size();
  const mlcore::Matrix X_test = matrix_of(input.at("X_test"), repeat);
  mlcore::RandomForestClassifier model = ex::make_forest(ex::shipped_config());
  model.fit(X_train, y);
  const mlcore::Vector predicted = model.predict(X_test);
  return {{"predictions", std::vector<double>(predicted.data(), predicted.data() + n_test)},
          {"rows_predicted", predicted.size()}};
}

}  // namespace course::exercise
