// Challenge 4.C — Model review board (contract in model_review.hpp).
//
// Run `course check 4.C`. The card is for a reader who will decide whether this model ships:
// every number needs its interval, every average its groups.
#include "model_review.hpp"

#include <cstddef>

namespace ex {

ModelCard review_model(const EvaluationRows& rows, const ReviewPolicy& /*policy*/) {
  ModelCard card;
  // The draft the model's author handed in: one accuracy, no interval, no groups.
  std::size_t correct = 0;
  for (std::size_t i = 0; i < rows.labels.size(); ++i)
    if (rows.labels[i] == rows.predictions[i]) ++correct;
  card.overall.rows = static_cast<int>(rows.labels.size());
  card.overall.accuracy = static_cast<double>(correct) / static_cast<double>(rows.labels.size());
  card.markdown = "# Model card\n\nThe model is accurate.\n";
  // A placeholder: the board decides by its rule, not by the author's enthusiasm.
  card.recommendation = Recommendation::kDoNotShip;
  // TODO: the intervals, the per-generation estimates, the recommendation by the policy's rule,
  // and the card's six sections.
  return card;
}

}  // namespace ex
