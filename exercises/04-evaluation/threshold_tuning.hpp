// Exercise 4.3 — Choose the decision threshold that minimises expected cost.
//
// A classifier's score becomes a decision with a threshold t: flag a row (predict positive) iff
// score >= t. What each outcome costs is a business fact, given as a cost matrix (a SCENARIO in
// this course; the labels and scores are real: species of data/pokemon.csv scored out-of-fold).
// This header is the contract: read it, do not edit it.
#pragma once

#include <vector>

namespace ex {

// The cost of each outcome, per row. A negative cost is a gain (a fraud caught saves money).
struct Costs {
  double false_positive = 1.0;  // Flagged, but the label is 0.
  double false_negative = 1.0;  // Not flagged, but the label is 1.
  double true_positive = 0.0;   // Flagged, label 1.
  double true_negative = 0.0;   // Not flagged, label 0.
};

// The threshold t minimising the expected cost per row on these rows,
//   (TP(t)·true_positive + FP(t)·false_positive + FN(t)·false_negative + TN(t)·true_negative) / n,
// where the counts are those of "flag iff score >= t". labels are 0/1. Throws
// std::invalid_argument when labels and scores are empty or of different lengths.
double choose_threshold(const std::vector<double>& labels, const std::vector<double>& scores,
                        const Costs& costs);

}  // namespace ex
