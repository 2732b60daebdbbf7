// Harness for challenge 3.C (debug the failing model). Calls debug_model on a case's training
// rows and rows to score; returns the diagnosis as text (judged with exact against the
// generator's answer) and the predictions (scored by the parent on labels the child never sees).
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "debug_model.hpp"

namespace {

using nlohmann::json;

mlcore::Matrix matrix_of(const json& rows) {
  mlcore::Matrix X(static_cast<Eigen::Index>(rows.size()),
                   static_cast<Eigen::Index>(rows.at(0).size()));
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t j = 0; j < rows[i].size(); ++j)
      X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j].get<double>();
  return X;
}

std::string cause_name(ex::Cause cause) {
  switch (cause) {
    case ex::Cause::kUnderfitting:
      return "underfitting";
    case ex::Cause::kOverfitting:
      return "overfitting";
    case ex::Cause::kDataIssue:
      return "data_issue";
    case ex::Cause::kWrongMetric:
      return "wrong_metric";
    case ex::Cause::kUndecided:
      break;
  }
  return "undecided";
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const auto y = input.at("y_train").get<std::vector<double>>();
  const mlcore::Matrix X_test = matrix_of(input.at("X_test"));
  const ex::Diagnosis diagnosis = ex::debug_model(
      matrix_of(input.at("X_train")),
      Eigen::Map<const mlcore::Vector>(y.data(), static_cast<Eigen::Index>(y.size())), X_test);
  if (diagnosis.predictions.size() != static_cast<std::size_t>(X_test.rows()))
    throw std::invalid_argument("debug_model returned " +
                                std::to_string(diagnosis.predictions.size()) + " predictions for " +
                                std::to_string(X_test.rows()) + " rows");
  return {{"cause", cause_name(diagnosis.cause)}, {"predictions", diagnosis.predictions}};
}

}  // namespace course::exercise
