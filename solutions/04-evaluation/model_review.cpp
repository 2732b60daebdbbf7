// Challenge 4.C — Model review board: reference solution.
#include "model_review.hpp"

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>

namespace ex {

namespace {

Estimate estimate(int correct, int n) {
  const double p = static_cast<double>(correct) / n;
  const double z2 = kZ95 * kZ95;
  const double denominator = 1.0 + z2 / n;
  const double centre = (p + z2 / (2.0 * n)) / denominator;
  const double half = kZ95 / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
  return {n, p, centre - half, centre + half};
}

std::string percent(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", 100.0 * value);
  return text;
}

Recommendation recommend(const ModelCard& card, const ReviewPolicy& policy) {
  // Decide on the intervals, not the point estimates: a 69.3% on 512 rows is compatible with
  // anything from 65% to 73%, and a bar inside that range is not settled either way.
  if (card.overall.ci_high < policy.min_accuracy) return Recommendation::kDoNotShip;
  bool groups_ok = true;
  for (const GroupEstimate& g : card.by_generation)
    if (g.estimate.ci_high < policy.min_group_accuracy) groups_ok = false;
  if (card.overall.ci_low >= policy.min_accuracy && groups_ok) return Recommendation::kShip;
  return Recommendation::kNeedsWork;
}

std::string markdown(const ModelCard& card, const ReviewPolicy& policy) {
  static const char* const kVerdicts[] = {"ship", "needs work", "do not ship"};
  std::ostringstream md;
  md << "# Model card: unevolved-species classifier\n\n"
     << "## Intended use\n\nFlags species that are the first stage of their evolution line, "
        "from stats, height and weight, to pre-sort a catalogue for human review. Not for "
        "decisions without a reviewer.\n\n"
     << "## Data\n\n"
     << card.overall.rows << " species of data/pokemon.csv from all " << card.by_generation.size()
     << " generations, each scored out-of-fold by a scaled "
        "logistic regression that never saw it.\n\n"
     << "## Metrics\n\nAccuracy " << percent(card.overall.accuracy) << " (95% Wilson interval "
     << percent(card.overall.ci_low) << " to " << percent(card.overall.ci_high) << ") against a "
     << "bar of " << percent(policy.min_accuracy) << ".\n\n"
     << "## Fairness\n\nAccuracy by generation, each with its 95% interval:\n\n";
  for (const GroupEstimate& g : card.by_generation)
    md << "- generation " << g.generation << ": " << percent(g.estimate.accuracy) << " ["
       << percent(g.estimate.ci_low) << ", " << percent(g.estimate.ci_high) << "], "
       << g.estimate.rows << " species\n";
  md << "\n## Limitations\n\nGroups of 30 to 80 species give intervals 20 points wide, so only "
        "large gaps between generations are evidence. Stats do not encode evolution directly; "
        "a new generation may differ from these.\n\n"
     << "## Recommendation\n\n"
     << kVerdicts[static_cast<int>(card.recommendation)]
     << ": decided on the intervals against the board's bars (overall "
     << percent(policy.min_accuracy) << ", every generation " << percent(policy.min_group_accuracy)
     << "), not on the point estimates.\n";
  return md.str();
}

}  // namespace

ModelCard review_model(const EvaluationRows& rows, const ReviewPolicy& policy) {
  const std::size_t n = rows.labels.size();
  if (n == 0 || rows.predictions.size() != n || rows.generation.size() != n)
    throw std::invalid_argument(
        "labels, predictions and generation must have the same, "
        "non-zero length");
  std::map<int, std::pair<int, int>> groups;  // generation -> (correct, rows), ascending.
  int correct = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool right = rows.labels[i] == rows.predictions[i];
    correct += right ? 1 : 0;
    auto& [group_correct, group_rows] = groups[rows.generation[i]];
    group_correct += right ? 1 : 0;
    ++group_rows;
  }
  ModelCard card;
  card.overall = estimate(correct, static_cast<int>(n));
  for (const auto& [generation, counts] : groups)
    card.by_generation.push_back({generation, estimate(counts.first, counts.second)});
  card.recommendation = recommend(card, policy);
  card.markdown = markdown(card, policy);
  return card;
}

}  // namespace ex
