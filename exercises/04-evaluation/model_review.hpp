// Challenge 4.C — Model review board: write the model card, with the numbers behind it.
//
// The model under review answers "is this species unevolved?" (evolution_stage 1 in
// data/pokemon.csv; 52.9% of species) with a scaled logistic regression on the six stats, height
// and weight, each species scored by a model that never saw it (5-fold, out-of-fold). You get
// its predictions on evaluation rows and the review board's policy (a scenario), and return the
// card: the numbers as typed values, and the Markdown text a reader sees. This header is the
// contract: read it, do not edit it.
#pragma once

#include <string>
#include <vector>

namespace ex {

// z for a two-sided 95% interval.
inline constexpr double kZ95 = 1.959963984540054;

// The evaluation rows.
struct EvaluationRows {
  std::vector<double> labels;       // 1 = unevolved, 0 = evolved.
  std::vector<double> predictions;  // The model's labels.
  std::vector<int> generation;      // The species' generation (1–9), one per row.
};

// The bars the board sets (a scenario).
struct ReviewPolicy {
  double min_accuracy = 0.0;        // Overall accuracy the model must reach.
  double min_group_accuracy = 0.0;  // Accuracy no generation may be shown to fall below.
};

// An accuracy with its 95% Wilson score interval: for k correct of n rows, p = k / n,
//   centre = (p + z²/2n) / (1 + z²/n),
//   half   = z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²),
//   [ci_low, ci_high] = [centre − half, centre + half], z = kZ95.
// (Unlike p ± z·sqrt(p(1 − p)/n), it stays inside [0, 1] and is honest for small groups.)
struct Estimate {
  int rows = 0;
  double accuracy = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
};

struct GroupEstimate {
  int generation = 0;
  Estimate estimate;
};

enum class Recommendation {
  kShip,       // The overall interval lies at or above min_accuracy (ci_low >= min_accuracy)
               // and no generation's interval lies below min_group_accuracy (every ci_high >=
               // min_group_accuracy).
  kNeedsWork,  // Neither of the others: the evidence does not settle it, or a group fails.
  kDoNotShip,  // The overall interval lies below min_accuracy (ci_high < min_accuracy).
};

struct ModelCard {
  Estimate overall;                          // On all rows.
  std::vector<GroupEstimate> by_generation;  // Every generation present, ascending.
  Recommendation recommendation = Recommendation::kNeedsWork;
  // The card, in Markdown, with these headings (any level): Intended use, Data, Metrics,
  // Fairness, Limitations, Recommendation; at least 8 words under each. Under Metrics, state
  // the overall accuracy and its interval as percentages with one decimal, formatted as
  // printf("%.1f%%", 100 * value) formats them (e.g. "69.3%", "65.2%", "73.2%"): the reader
  // checks the prose against the numbers.
  std::string markdown;
};

// Throws std::invalid_argument when the three vectors are empty or differ in length.
ModelCard review_model(const EvaluationRows& rows, const ReviewPolicy& policy);

}  // namespace ex
