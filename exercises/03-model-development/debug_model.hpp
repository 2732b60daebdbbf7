// Challenge 3.C — Debug the failing model.
//
// debug_model.cpp trains a random forest to predict whether a species is unevolved, and it
// performs terribly. Find out why, say why, and fix it. This header is the contract: read it, do
// not edit it.
#pragma once

#include <vector>

#include "mlcore/linalg.hpp"

namespace ex {

// Features (columns of X): hp, attack, defense, sp_attack, sp_defense, speed, height_m,
// weight_kg, generation, is_legendary (1/0), is_mythical (1/0). Labels: 1 = unevolved.

// The cause of the poor performance, as you diagnose it:
enum class Cause {
  kUndecided,     // (the starter's answer)
  kUnderfitting,  // the model is too simple for the signal: poor on training and new rows alike
  kOverfitting,   // the model memorised noise: excellent on training rows, clearly worse on new
                  // ones, yet still better than a baseline
  kDataIssue,     // the data reaching the model is wrong: features, labels or their pairing
  kWrongMetric,   // the model is fine but judged (or trained) by a metric that misleads
};

struct Diagnosis {
  Cause cause = Cause::kUndecided;
  std::vector<double> predictions;  // The (fixed) model's label for each row of X_test.
};

// Trains on (X_train, y_train) and predicts X_test. The labels of X_test are the grader's.
Diagnosis debug_model(const mlcore::Matrix& X_train, const mlcore::Vector& y_train,
                      const mlcore::Matrix& X_test);

}  // namespace ex
