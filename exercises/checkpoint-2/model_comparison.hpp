// Checkpoint exam 2, part 1 — Compare at least three models with proper validation.
//
// The data: loan applicants of data/credit.csv (real; modeldata's `credit_data`). 28% of the
// loans went bad. You compare candidate models by stratified K-fold cross-validation on the
// training sample, with a metric that means something when one class is rare. This header is
// the contract: read it, do not edit it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "mlcore/model_selection/estimator.hpp"
#include "mlcore/table.hpp"

namespace ex {

// The validation protocol the lender's model-risk team asks for.
struct CvProtocol {
  std::size_t n_splits = 5;  // Folds.
  std::uint32_t seed = 0;    // The folds' shuffling seed: the same seed gives the same result.
};

// Builds a fresh, unfitted model that takes the applicants' table as it comes (missing values
// and text columns included): in practice an mlcore::Pipeline (a TablePreprocessor, then a
// model). The grader calls it to refit your model on your folds and checks your fold scores.
using ModelFactory = std::function<std::unique_ptr<mlcore::TableEstimator>()>;

// One candidate's cross-validation evidence.
struct ModelScores {
  std::string name;                 // Your name for the candidate; distinct per candidate.
  ModelFactory make;                // The candidate exactly as you evaluated it.
  std::vector<double> fold_scores;  // The metric on each fold's test rows, in fold order.
  double mean = 0.0;                // The mean of fold_scores.
};

struct Comparison {
  // The metric every fold score is, as mlcore::make_scorer names it (mlcore/metrics/scorer.hpp),
  // with "bad" (label 1) as the positive class. Choose one that stays honest when 72% of the
  // loans are good.
  std::string metric;
  // Each fold's TEST rows (indices into `applicants`), in fold order: together every row once.
  std::vector<std::vector<std::size_t>> test_folds;
  std::vector<ModelScores> models;  // At least three different candidates, scored on the same
                                    // folds.
};

// Compares your candidates by cross-validation on `applicants` (the thirteen feature columns of
// data/credit.csv: Seniority, Home, Time, Age, Marital, Records, Job, Expenses, Income, Assets,
// Debt, Amount, Price; no Status) with labels is_bad (1 = the loan went bad, 0 = good), one per
// row. The folds: mlcore::StratifiedKFold with protocol.n_splits folds, shuffled with
// random_state protocol.seed. Every model is fitted on its folds' training rows only: nothing
// learned from the data (imputation values, scaling, categories) may come from a fold's test
// rows.
Comparison compare_models(const mlcore::Table& applicants, const std::vector<double>& is_bad,
                          const CvProtocol& protocol);

}  // namespace ex
