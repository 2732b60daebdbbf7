// Exercise 2.2 — Spot the leakage: reference solution.
//
// The three leaks of the starter, and their fixes:
//   1. Duplicates across the split. The join repeated species; copies of one species landed in
//      a training fold and in its validation fold, so the model was graded on rows it had seen.
//      Fix: keep the first row of each `num` before anything else.
//   2. A target-derived feature. The group rate was the label's mean over ALL labelled rows,
//      the row being predicted included: in cross-validation each validation row's own label
//      was inside its feature (groups are small, often one species). Fix: drop it. (Computing
//      it inside each fold from the training rows only would be honest too, but with groups
//      this small it carries almost nothing once it stops leaking.)
//   3. A scaler fit on all rows. Its mean and spread came partly from `to_score` and, within
//      cross-validation, from the validation folds. Fix: fit it on the training rows only: on
//      each fold's training rows in cross-validation, on the kept labelled rows for the final
//      model.
// The rule behind all three: anything that learns from data is fit on training rows only.
#include "leakage.hpp"

#include <cmath>
#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "mlcore/data/rows.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/matrix.hpp"
#include "mlcore/metrics/classification.hpp"
#include "mlcore/model_selection/kfold.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"
#include "mlcore/table.hpp"

namespace ex {
namespace {

constexpr const char* kStats[] = {"hp", "attack", "defense", "sp_attack", "sp_defense", "speed"};

// The first row of each species, in order. Deduplicating before any split is what keeps copies
// of one species out of both sides of every split.
mlcore::Indices first_of_each_species(const mlcore::Table& t) {
  std::unordered_set<std::string> seen;
  mlcore::Indices keep;
  for (std::size_t row = 0; row < t.rows(); ++row) {
    if (seen.insert(t.column("num").to_string(row)).second) keep.push_back(row);
  }
  return keep;
}

// Features of a row from its own cells only: nothing here can leak between rows.
mlcore::Matrix features(const mlcore::Table& t) {
  mlcore::Matrix X(t.rows(), 9);
  for (std::size_t row = 0; row < t.rows(); ++row) {
    for (std::size_t j = 0; j < 6; ++j) X(row, j) = t.column(kStats[j]).numeric(row);
    X(row, 6) = std::log(t.column("weight_kg").numeric(row));
    X(row, 7) = std::log(t.column("height_m").numeric(row));
    X(row, 8) =
        t.column("is_legendary").boolean(row) || t.column("is_mythical").boolean(row) ? 1 : 0;
  }
  return X;
}

// Scaler and model fit together on the training rows: the pair is the unit that must not see
// anything else.
struct Fitted {
  mlcore::StandardScaler scaler;
  mlcore::LogisticRegression model;

  Fitted(const mlcore::Matrix& X, const mlcore::Vector& y) {
    model.fit(scaler.fit_transform(X), y);
  }
};

}  // namespace

LeakageReport evaluate_and_predict(const mlcore::Table& labelled, const mlcore::Table& to_score) {
  const mlcore::Table kept = mlcore::take_rows(labelled, first_of_each_species(labelled));
  const mlcore::Vector y = mlcore::to_vector(kept.column("unevolved"));
  const mlcore::Matrix X = features(kept);

  LeakageReport report;
  const mlcore::KFold kfold({5, true, 0});
  double accuracy_sum = 0.0;
  for (const mlcore::Fold& fold : kfold.split(kept.rows(), nullptr)) {
    const Fitted fitted(mlcore::take_rows(X, fold.train), mlcore::take_rows(y, fold.train));
    const mlcore::Matrix Z_test = fitted.scaler.transform(mlcore::take_rows(X, fold.test));
    accuracy_sum +=
        mlcore::accuracy_score(mlcore::take_rows(y, fold.test), fitted.model.predict(Z_test));
  }
  report.cv_accuracy = accuracy_sum / static_cast<double>(kfold.n_splits());

  const Fitted fitted(X, y);
  const mlcore::Matrix proba =
      fitted.model.predict_proba(fitted.scaler.transform(features(to_score)));
  for (Eigen::Index i = 0; i < proba.rows(); ++i) report.probabilities.push_back(proba(i, 1));
  return report;
}

}  // namespace ex
