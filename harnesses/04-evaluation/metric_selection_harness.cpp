// Harness for exercise 4.1 (metric selection): builds the case's Predictions, asks the learner
// which metric the case's scenario needs and its value ("choice"), and also calls compute_metric
// for every metric ("all_metrics"), so that a wrong value and a wrong choice fail separately.
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "metric_selection.hpp"

namespace {

using nlohmann::json;

struct NamedMetric {
  ex::Metric metric;
  const char* name;
};

const NamedMetric kMetrics[] = {
    {ex::Metric::kAccuracy, "accuracy"}, {ex::Metric::kPrecision, "precision"},
    {ex::Metric::kRecall, "recall"},     {ex::Metric::kF1, "f1"},
    {ex::Metric::kRocAuc, "roc_auc"},    {ex::Metric::kAveragePrecision, "average_precision"},
};

std::string metric_name(ex::Metric metric) {
  for (const NamedMetric& m : kMetrics)
    if (m.metric == metric) return m.name;
  return "unknown";  // A value outside the enum (a cast int): judged as wrong.
}

ex::Scenario scenario_of(const std::string& name) {
  if (name == "screening") return ex::Scenario::kScreening;
  if (name == "spam") return ex::Scenario::kSpamFiltering;
  if (name == "fraud") return ex::Scenario::kCardFraud;
  throw std::runtime_error("harness: unknown scenario '" + name + "' in the case file");
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  ex::Predictions rows;
  rows.labels = input.at("labels").get<std::vector<double>>();
  rows.scores = input.at("scores").get<std::vector<double>>();
  rows.predictions = input.at("predictions").get<std::vector<double>>();
  const ex::Metric chosen = ex::choose_metric(scenario_of(input.at("scenario").get<std::string>()));
  json choice = {{"metric", metric_name(chosen)}, {"value", ex::compute_metric(chosen, rows)}};
  json all = json::object();
  for (const NamedMetric& m : kMetrics) all[m.name] = ex::compute_metric(m.metric, rows);
  return {{"choice", choice}, {"all_metrics", all}};
}

}  // namespace course::exercise
