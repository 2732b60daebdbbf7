// Exercise 3.2 — reference solution (contract in model_selection.hpp).
#include "model_selection.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/cross_validate.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"

namespace ex {

Selection select_model(const mlcore::Matrix& X_train, const mlcore::Vector& y_train,
                       const mlcore::Matrix& X_test) {
  // One splitter for every candidate: the same folds make the candidates' scores comparable fold
  // by fold, so their differences are the models', not the draw's.
  mlcore::StratifiedKFoldParams folds;
  folds.shuffle = true;
  folds.random_state = 0;
  const mlcore::StratifiedKFold splitter(folds);
  const mlcore::ScoreFunctions scorers = {
      {"accuracy", mlcore::score_function(mlcore::make_scorer("accuracy"))}};

  Selection selection;
  for (const std::string& name : kCandidates) {
    // cross_validate fits a fresh candidate per fold on that fold's training rows only.
    const mlcore::CrossValidationResult result = mlcore::cross_validate<mlcore::Matrix>(
        [&name] { return make_candidate(name); }, X_train, y_train, splitter, scorers);
    const std::vector<double>& scores = result.test_scores.at("accuracy");
    double mean = 0.0;
    for (const double s : scores) mean += s;
    mean /= static_cast<double>(scores.size());
    double variance = 0.0;
    for (const double s : scores) variance += (s - mean) * (s - mean);
    selection.evidence.push_back(
        {name, mean, std::sqrt(variance / static_cast<double>(scores.size()))});
  }
  // The highest mean; a strict comparison keeps the first (simplest) candidate on a tie.
  const CandidateScore* best = &selection.evidence.front();
  for (const CandidateScore& candidate : selection.evidence)
    if (candidate.mean > best->mean) best = &candidate;
  selection.chosen = best->name;

  // Cross-validation chose the model; the model that ships is refitted on all training rows.
  auto model = make_candidate(selection.chosen);
  model->fit(X_train, y_train, nullptr);
  const mlcore::Vector predicted = model->predict(X_test);
  selection.predictions.assign(predicted.data(), predicted.data() + predicted.size());
  return selection;
}

}  // namespace ex
