// Harness for exercise 3.2 (model selection). Calls select_model on a case's training rows and
// rows to score, and returns the learner's evidence (by candidate name), choice and predictions,
// plus one verdict computed here from the learner's own evidence:
// choice_follows_evidence = every candidate appears once, with a mean in [0, 1] and a
// non-negative spread, and the chosen one has the highest mean (the first in kCandidates order
// on a tie). The labels of the scored rows stay with the parent (metric_threshold).
#include <cmath>
#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "model_selection.hpp"

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

bool follows_evidence(const ex::Selection& selection) {
  std::set<std::string> seen;
  for (const ex::CandidateScore& c : selection.evidence) {
    if (!seen.insert(c.name).second) return false;
    if (!(c.mean >= 0.0 && c.mean <= 1.0) || !(c.std >= 0.0)) return false;
  }
  if (seen != std::set<std::string>(ex::kCandidates.begin(), ex::kCandidates.end())) return false;
  std::string best;
  double best_mean = -1.0;
  for (const std::string& name : ex::kCandidates)
    for (const ex::CandidateScore& c : selection.evidence)
      if (c.name == name && c.mean > best_mean) {
        best = name;
        best_mean = c.mean;
      }
  return selection.chosen == best;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const auto y = input.at("y_train").get<std::vector<double>>();
  const mlcore::Matrix X_test = matrix_of(input.at("X_test"));
  const ex::Selection selection = ex::select_model(
      matrix_of(input.at("X_train")),
      Eigen::Map<const mlcore::Vector>(y.data(), static_cast<Eigen::Index>(y.size())), X_test);
  if (selection.predictions.size() != static_cast<std::size_t>(X_test.rows()))
    throw std::invalid_argument("select_model returned " +
                                std::to_string(selection.predictions.size()) + " predictions for " +
                                std::to_string(X_test.rows()) + " rows");
  json evidence = json::object();
  for (const ex::CandidateScore& c : selection.evidence)
    evidence[c.name] = {{"mean", c.mean}, {"std", c.std}};
  return {{"evidence", evidence},
          {"chosen", selection.chosen},
          {"choice_follows_evidence", follows_evidence(selection)},
          {"predictions", selection.predictions}};
}

}  // namespace course::exercise
