// Exercise 4.1 — Choose the metric the business needs, then compute it.
//
// Three SCENARIOS, each a framing of a real target of data/pokemon.csv scored by a real model
// (a scaled logistic regression, out-of-fold): the labels and scores are real, the business
// around them is a scenario. This header is the contract: read it, do not edit it.
#pragma once

#include <vector>

namespace ex {

// The scenarios. Each comment holds the facts that decide the metric.
enum class Scenario {
  // Disease screening (the labels: is_legendary, 6.9% positive). The threshold is fixed by the
  // lab. A missed sick patient goes home untreated; a false alarm costs one follow-up test that
  // sorts it out. Report the one number that says how many of the sick the screen catches.
  kScreening,
  // Spam filtering (the labels: unevolved species, 52.9% positive, "spam"). The threshold is
  // fixed. A real email moved to the spam folder may be an invoice nobody reads; spam left in the
  // inbox costs a click. Report the one number that says how trustworthy a "spam" verdict is.
  kSpamFiltering,
  // Card fraud (the labels: is_mythical, 2.2% positive). No threshold yet: analysts review the
  // transactions in score order, as many as they can each day, and you must compare scoring
  // models before a threshold is chosen. Almost every transaction is legitimate. Report the one
  // threshold-free number that rewards ranking the few frauds at the top of the queue.
  kCardFraud,
};

// The metrics on offer, with scikit-learn's definitions (positive class: label 1).
enum class Metric {
  kAccuracy,          // Share of predictions equal to the label.
  kPrecision,         // TP / (TP + FP), from predictions; 0 when nothing is predicted positive.
  kRecall,            // TP / (TP + FN), from predictions; 0 when there are no positives.
  kF1,                // 2·P·R / (P + R), from predictions; 0 when P + R = 0.
  kRocAuc,            // Area under the ROC curve, from scores (rank-based, threshold-free).
  kAveragePrecision,  // Area under the precision-recall curve as scikit-learn's
                      // average_precision_score: Σ (R_n − R_{n−1}) · P_n over thresholds.
};

// One model's output on one set of rows.
struct Predictions {
  std::vector<double> labels;       // True labels, 0/1.
  std::vector<double> scores;       // Model scores, P(label = 1), one per row.
  std::vector<double> predictions;  // Predicted labels at the scenario's fixed threshold (0/1).
};

// The metric the scenario's decision needs.
Metric choose_metric(Scenario scenario);

// The metric's value on the rows. Throws std::invalid_argument when the three vectors do not all
// have the same, non-zero length: a silent misalignment would give a plausible wrong number.
double compute_metric(Metric metric, const Predictions& rows);

}  // namespace ex
