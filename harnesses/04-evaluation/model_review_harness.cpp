// Harness for challenge 4.C (model review board): calls review_model on a case's rows and
// policy, and returns the card's typed numbers, its recommendation and its Markdown, plus one
// verdict computed here: states_its_numbers = the Markdown contains the learner's own overall
// accuracy and interval bounds as printf("%.1f%%") percentages (the prose matches the numbers;
// whether the numbers are right is judged against the expected values by the parent).
#include <cstdio>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "model_review.hpp"

namespace {

using nlohmann::json;

json estimate_json(const ex::Estimate& e) {
  return {{"accuracy", e.accuracy}, {"ci_low", e.ci_low}, {"ci_high", e.ci_high}};
}

bool states(const std::string& text, double value) {
  char percent[32];
  std::snprintf(percent, sizeof percent, "%.1f%%", 100.0 * value);
  return text.find(percent) != std::string::npos;
}

const char* recommendation_name(ex::Recommendation r) {
  switch (r) {
    case ex::Recommendation::kShip:
      return "ship";
    case ex::Recommendation::kNeedsWork:
      return "needs_work";
    case ex::Recommendation::kDoNotShip:
      return "do_not_ship";
  }
  return "unknown";  // A value outside the enum (a cast int): judged as wrong.
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  ex::EvaluationRows rows;
  rows.labels = input.at("labels").get<std::vector<double>>();
  rows.predictions = input.at("predictions").get<std::vector<double>>();
  rows.generation = input.at("generation").get<std::vector<int>>();
  ex::ReviewPolicy policy;
  policy.min_accuracy = input.at("policy").at("min_accuracy").get<double>();
  policy.min_group_accuracy = input.at("policy").at("min_group_accuracy").get<double>();

  const ex::ModelCard card = ex::review_model(rows, policy);
  json groups = json::array();
  for (const ex::GroupEstimate& g : card.by_generation) {
    json group = estimate_json(g.estimate);
    group["generation"] = g.generation;
    group["rows"] = g.estimate.rows;
    groups.push_back(group);
  }
  const ex::Estimate& o = card.overall;
  return {
      {"overall", estimate_json(o)},
      {"by_generation", groups},
      {"recommendation", recommendation_name(card.recommendation)},
      {"states_its_numbers", states(card.markdown, o.accuracy) && states(card.markdown, o.ci_low) &&
                                 states(card.markdown, o.ci_high)},
      {"card", card.markdown}};
}

}  // namespace course::exercise
