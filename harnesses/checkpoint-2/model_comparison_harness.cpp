// Harness for checkpoint exam 2, part 1 (model comparison). Calls compare_models on a case's
// applicants, then checks the learner's evidence here, where the learner's code cannot argue:
//   - problems:   the contract (an imbalance-fit metric, >= 3 distinct candidates, one score per
//                 fold, means that are the means); [] when all holds.
//   - refit_gaps: each candidate is rebuilt with its own factory, fitted on each fold's training
//                 rows (every row outside the fold's test rows) and scored on the test rows with
//                 the learner's metric; every fold score that differs from the learner's is listed.
//                 A learner who preprocessed the whole table before cross-validating reported
//                 numbers that honest per-fold fitting does not give: the leakage probe case
//                 makes that gap large.
// The folds go back to the parent, which checks that they partition the rows and keep the class
// shares (check `stratified`).
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "model_comparison.hpp"

namespace {

using nlohmann::json;

// The metrics that stay meaningful when 72% of the labels are "good" (scikit-learn's names).
const std::set<std::string> kImbalanceMetrics = {"roc_auc", "balanced_accuracy",
                                                 "average_precision"};
constexpr double kTolerance = 1e-9;

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6f", value);
  return text;
}

std::vector<std::string> contract_problems(const ex::Comparison& c) {
  std::vector<std::string> problems;
  if (kImbalanceMetrics.count(c.metric) == 0)
    problems.push_back("use roc_auc, balanced_accuracy or average_precision, not '" + c.metric +
                       "' (with 28% bad loans, accuracy rates 'approve everyone' at 0.72)");
  std::set<std::string> names;
  for (const ex::ModelScores& m : c.models) {
    if (!names.insert(m.name).second)
      problems.push_back("candidate '" + m.name + "' appears twice");
    if (!m.make) problems.push_back("candidate '" + m.name + "' has no factory (make)");
    if (m.fold_scores.size() != c.test_folds.size())
      problems.push_back("candidate '" + m.name + "' has " + std::to_string(m.fold_scores.size()) +
                         " fold scores for " + std::to_string(c.test_folds.size()) + " folds");
    double sum = 0.0;
    for (double s : m.fold_scores) sum += s;
    const double mean =
        m.fold_scores.empty() ? 0.0 : sum / static_cast<double>(m.fold_scores.size());
    if (!(std::abs(mean - m.mean) <= kTolerance))
      problems.push_back("candidate '" + m.name + "': mean " + number(m.mean) +
                         " is not the mean of its fold scores (" + number(mean) + ")");
  }
  if (names.size() < 3)
    problems.push_back("only " + std::to_string(names.size()) +
                       " distinct candidate(s): compare at least three models");
  return problems;
}

// Every row outside `test`, ascending; empty when `test` holds an index out of range.
std::vector<std::size_t> training_rows(const std::vector<std::size_t>& test, std::size_t n) {
  std::vector<char> in_test(n, 0);
  for (std::size_t i : test) {
    if (i >= n) return {};
    in_test[i] = 1;
  }
  std::vector<std::size_t> train;
  for (std::size_t i = 0; i < n; ++i)
    if (!in_test[i]) train.push_back(i);
  return train;
}

mlcore::Vector labels_at(const std::vector<double>& y, const std::vector<std::size_t>& rows) {
  mlcore::Vector out(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) out[static_cast<Eigen::Index>(i)] = y[rows[i]];
  return out;
}

std::vector<std::string> refit_gaps(const ex::Comparison& c, const mlcore::Table& table,
                                    const std::vector<double>& y) {
  // Nothing refitted is nothing proved: every way of skipping a refit is reported, so that an
  // empty comparison cannot pass this check (or the leakage probe) vacuously.
  if (kImbalanceMetrics.count(c.metric) == 0)
    return {"nothing refitted: the metric '" + c.metric + "' is not accepted"};
  if (c.test_folds.size() < 2) return {"nothing refitted: fewer than two folds"};
  if (c.models.size() < 3)
    return {"nothing refitted: " + std::to_string(c.models.size()) + " candidate(s), not three"};
  const mlcore::Scorer scorer = mlcore::make_scorer(c.metric);
  std::vector<std::string> gaps;
  for (const ex::ModelScores& m : c.models) {
    if (!m.make || m.fold_scores.size() != c.test_folds.size()) {
      gaps.push_back("candidate '" + m.name + "' not refitted: no factory or a score per fold");
      continue;
    }
    for (std::size_t k = 0; k < c.test_folds.size(); ++k) {
      const std::vector<std::size_t>& test = c.test_folds[k];
      const std::vector<std::size_t> train = training_rows(test, table.rows());
      if (train.empty() || test.empty()) {
        gaps.push_back("fold " + std::to_string(k) + " not refitted: no training or test rows");
        continue;
      }
      const std::unique_ptr<mlcore::TableEstimator> model = m.make();
      if (!model) throw std::invalid_argument("candidate '" + m.name + "': make() returned null");
      model->fit(table.take_rows(train), labels_at(y, train), nullptr);
      const mlcore::Table test_rows = table.take_rows(test);
      const mlcore::Vector truth = labels_at(y, test);
      const mlcore::Vector predicted = model->predict(test_rows);
      const mlcore::Vector classes = model->classes();
      double refit = 0.0;
      if (scorer.needs_proba()) {
        const mlcore::Matrix proba = model->predict_proba(test_rows);
        refit = scorer.score(truth, predicted, &proba, &classes);
      } else {
        refit = scorer.score(truth, predicted);
      }
      if (!(std::abs(refit - m.fold_scores[k]) <= kTolerance))
        gaps.push_back("candidate '" + m.name + "', fold " + std::to_string(k) + ": you report " +
                       number(m.fold_scores[k]) +
                       ", fitting it on that fold's training rows only "
                       "gives " +
                       number(refit));
    }
  }
  return gaps;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const mlcore::Table applicants = mlcore::parse_csv(input.at("applicants_csv").get<std::string>());
  const auto is_bad = input.at("is_bad").get<std::vector<double>>();
  ex::CvProtocol protocol;
  protocol.n_splits = input.at("protocol").at("n_splits").get<std::size_t>();
  protocol.seed = input.at("protocol").at("seed").get<std::uint32_t>();

  const ex::Comparison comparison = ex::compare_models(applicants, is_bad, protocol);
  json models = json::array();
  for (const ex::ModelScores& m : comparison.models)
    models.push_back({{"name", m.name}, {"fold_scores", m.fold_scores}, {"mean", m.mean}});
  return {{"metric", comparison.metric},
          {"folds", comparison.test_folds},
          {"models", models},
          {"problems", contract_problems(comparison)},
          {"refit_gaps", refit_gaps(comparison, applicants, is_bad)}};
}

}  // namespace course::exercise
