// Exercise 4.2 — Error analysis: where does a classifier go wrong?
//
// A fixed random forest predicts the primary type (Water, Normal, Bug or Psychic) of species of
// data/pokemon.csv from their six stats, height and weight; it was trained by
// assessments/exercises/4.2/generate_cases.py with scikit-learn. You get its predictions on rows
// it never saw, and break its errors down into patterns. This header is the contract: read it,
// do not edit it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ex {

// One species the model classified.
struct ClassifiedRow {
  std::string name;              // The species, to read the errors yourself.
  std::string actual;            // Its true primary type.
  std::string predicted;         // The model's answer.
  std::vector<double> features;  // hp, attack, defense, sp_attack, sp_defense, speed, height_m,
                                 // weight_kg, in this order.
};

// Ranges of one feature to compare error rates over: bins [edges[i], edges[i+1]) for
// i = 0 … edges.size() − 2, the last bin closed on the right ([edges[n−2], edges[n−1]]).
// The edges here are the feature's min, quartiles and max over the rows.
struct Binning {
  std::string feature;  // Its name.
  std::size_t column;   // Its index in ClassifiedRow::features.
  std::vector<double> edges;
};

// One kind of error: rows of type `actual` predicted as `predicted` (actual != predicted).
struct Confusion {
  std::string actual;
  std::string predicted;
  int count = 0;
};

// One feature range and how often the model is wrong in it.
struct RangeRate {
  std::string feature;
  double low = 0.0;  // The bin's edges.
  double high = 0.0;
  int rows = 0;             // Rows in the bin.
  int errors = 0;           // Misclassified rows in the bin.
  double error_rate = 0.0;  // errors / rows (0 for an empty bin).
};

struct ErrorBreakdown {
  int errors = 0;  // Misclassified rows.
  // Every confused pair once, most frequent first; equal counts ordered by actual, then
  // predicted (std::string's <).
  std::vector<Confusion> confusions;
  // Every bin of every binning, in the binnings' order, then bin order.
  std::vector<RangeRate> ranges;
  // The range with the highest error rate among those with at least min_rows rows (the first in
  // `ranges` order on a tie): where to look first.
  RangeRate worst;
};

ErrorBreakdown analyse_errors(const std::vector<ClassifiedRow>& rows,
                              const std::vector<Binning>& binnings, int min_rows);

}  // namespace ex
