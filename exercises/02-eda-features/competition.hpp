// Challenge 2.C — Feature engineering competition.
//
// The task: predict whether a species is unevolved (evolution_stage == 1, the first stage of its
// line). The model is FIXED and lives in the grader, not in your file: a StandardScaler fit on
// the training rows, then mlcore::LogisticRegression with default parameters (C = 1). With the
// six raw stats as features it scores about 65% accuracy on a hidden holdout. Reach more than 75%
// by changing only the features: same model, no external data (do not read data/pokemon.csv or
// any other file: the grader's holdout comes from it, and looking answers up is not features).
//
// This header is the contract: read it, do not edit it.
#pragma once

#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace ex {

// Returns the feature matrix of `raw`: one row per table row, in order, with as many columns as
// you like (at least one). The grader calls it once on the training rows and once on the rows
// to score, so the two calls must give the same columns in the same order. Every value must be
// finite: the grader refuses nan and inf, as LogisticRegression::fit does.
//
// `raw` (from mlcore::parse_csv) has these columns, all present in every row except type2:
//   type1, type2 (blank for single-typed species), color       text
//   hp, attack, defense, sp_attack, sp_defense, speed           numeric (the six stats)
//   generation (1-9), height_m, weight_kg                       numeric
//   is_legendary, is_mythical                                   boolean (Column::boolean(row))
// There is no name, number, base_total or evolution_stage.
//
// Compute each row's features from that row alone (or from constants you choose): a statistic
// taken over `raw` itself would differ between the two calls, which is exactly the leak of
// exercise 2.2. Scaling is done by the grader's StandardScaler; you need not scale.
mlcore::Matrix make_features(const mlcore::Table& raw);

}  // namespace ex
