// Exercise 2.2 — Spot the leakage.
//
// leakage.cpp holds a working pipeline that predicts whether a species is unevolved
// (evolution_stage == 1) and estimates its own accuracy by 5-fold cross-validation. It compiles,
// it runs, its estimate looks great, and it is wrong: information the model must not see reaches
// it in three places. Find them and fix them. This header is the contract: do not edit it.
#pragma once

#include <vector>

#include "mlcore/table.hpp"

namespace ex {

// What the pipeline reports.
struct LeakageReport {
  double cv_accuracy = 0.0;           // 5-fold cross-validated accuracy on `labelled`
  std::vector<double> probabilities;  // P(unevolved) for each row of `to_score`, in row order
};

// `labelled`: the rows to learn from, with the label column `unevolved` (1 or 0). It came out of
// a join that repeated some species (simulated: the rows are real, the repeats were added for
// this exercise): rows with the same `num` are the same species.
// `to_score`: new rows to predict, the same columns without `unevolved`; their labels are known
// to the grader only.
// Columns of both: num, type1, type2 (blank for single-typed species), color, hp, attack,
// defense, sp_attack, sp_defense, speed, height_m, weight_kg, is_legendary, is_mythical.
//
// What an honest pipeline guarantees, and the grader probes:
//   - the fitted model, hence every probability, depends on `labelled` only: changing some rows
//     of `to_score` changes nothing about the predictions for the others;
//   - a species counts once: more copies of rows already in `labelled` change nothing;
//   - cv_accuracy estimates the accuracy on new rows: with labels shuffled at random it is at
//     chance level, and on real labels it matches the accuracy measured on `to_score`.
// Keep the model (StandardScaler + mlcore::LogisticRegression, C = 1), the 5 shuffled folds
// (mlcore::KFold, random_state 0, over the rows you keep, in their order) and the features
// computed from a row's own cells. A feature that cannot be computed honestly may go.
LeakageReport evaluate_and_predict(const mlcore::Table& labelled, const mlcore::Table& to_score);

}  // namespace ex
