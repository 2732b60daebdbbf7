// Exercise 3.2 — Model selection with cross-validation.
//
// Four candidate models for "is this species unevolved?": a majority-class baseline, a scaled
// logistic regression, a decision tree and a random forest (make_candidate builds each). Score
// them all by cross-validation on the training rows, choose one from the evidence, refit it and
// predict the rows to score. This header is the contract: read it, do not edit it.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/model_selection/estimator.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"

namespace ex {

// Features (columns of X, in this order): hp, attack, defense, sp_attack, sp_defense, speed,
// height_m, weight_kg, generation, is_legendary (1/0), is_mythical (1/0). Labels: 1 = unevolved.

// The candidates' names, in the order the evidence lists them.
inline const std::vector<std::string> kCandidates = {"majority", "logistic_regression",
                                                     "decision_tree", "random_forest"};

// The most frequent training label, whatever the features (scikit-learn's
// DummyClassifier(strategy="most_frequent"); ties go to the smaller label).
class MajorityClassifier {
 public:
  void fit(const mlcore::Matrix& /*X*/, const mlcore::Vector& y, const mlcore::Vector* /*w*/) {
    std::map<double, int> counts;
    for (Eigen::Index i = 0; i < y.size(); ++i) ++counts[y[i]];
    label_ = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
               return a.second < b.second;
             })->first;
  }
  mlcore::Vector predict(const mlcore::Matrix& X) const {
    return mlcore::Vector::Constant(X.rows(), label_);
  }

 private:
  double label_ = 0.0;
};

// StandardScaler then LogisticRegression(C = 1), fitted together: the scaler learns from the rows
// passed to fit only, so inside cross-validation it never sees a fold's test rows.
class ScaledLogisticRegression {
 public:
  void fit(const mlcore::Matrix& X, const mlcore::Vector& y, const mlcore::Vector* w) {
    model_.fit(scaler_.fit_transform(X), y, w);
  }
  mlcore::Vector predict(const mlcore::Matrix& X) const {
    return model_.predict(scaler_.transform(X));
  }

 private:
  mlcore::StandardScaler scaler_;
  mlcore::LogisticRegression model_;
};

// A fresh, unfitted candidate by name (one of kCandidates); std::invalid_argument otherwise.
// The tree and the forest use random_state 0, the forest 100 trees with exact splits (max_bins
// 0), so that every number equals scikit-learn's.
inline std::unique_ptr<mlcore::Estimator> make_candidate(const std::string& name) {
  if (name == "majority") return mlcore::make_estimator(MajorityClassifier());
  if (name == "logistic_regression") return mlcore::make_estimator(ScaledLogisticRegression());
  if (name == "decision_tree") return mlcore::make_estimator(mlcore::DecisionTreeClassifier());
  if (name == "random_forest") {
    mlcore::RandomForestClassifierParams params;
    params.max_bins = 0;
    return mlcore::make_estimator(mlcore::RandomForestClassifier(params));
  }
  throw std::invalid_argument("unknown candidate '" + name + "'");
}

// One candidate's cross-validation evidence.
struct CandidateScore {
  std::string name;   // One of kCandidates.
  double mean = 0.0;  // Mean accuracy over the folds.
  double std = 0.0;   // Population standard deviation of the fold accuracies (divide by k).
};

struct Selection {
  std::vector<CandidateScore> evidence;  // Every candidate, in kCandidates order.
  std::string chosen;                    // The name of the candidate you choose.
  std::vector<double> predictions;       // The chosen model's label for each row of X_test.
};

// The protocol: every candidate is scored on the SAME folds, mlcore::StratifiedKFold with
// n_splits 5, shuffle true, random_state 0, over X_train's rows, by accuracy. Choose the candidate
// with the highest mean (the first in kCandidates order on a tie), refit it on ALL of X_train,
// and predict X_test. The labels of X_test are the grader's; X_test must not influence anything
// but the predictions.
Selection select_model(const mlcore::Matrix& X_train, const mlcore::Vector& y_train,
                       const mlcore::Matrix& X_test);

}  // namespace ex
