// Challenge 5.C — Production incident (the evidence and the contract: production_incident.hpp).
//
// This is the "starter type" service 2.0 as it shipped on Monday. Read the three alerts in the
// header, diagnose each one in diagnose(), then fix the service. The checks replay real cards
// through your fixed service and compare with the registered model's answers, and time it
// against the code as shipped. Run `course check 5.C`; `course hint 5.C` when stuck.
#include "production_incident.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

#include "mlcore/linalg.hpp"

namespace ex {

Diagnosis diagnose() {
  Diagnosis d;
  d.latency = Cause::kUndecided;         // TODO
  d.low_confidence = Cause::kUndecided;  // TODO
  d.all_fire = Cause::kUndecided;        // TODO
  return d;
}

TypeService::TypeService(const ModelArtifact& artifact) : artifact_(artifact) {}

std::vector<ServedPrediction> TypeService::predict(const std::vector<Card>& cards) const {
  std::vector<ServedPrediction> out;
  for (const Card& card : cards) {
    // 2.0: always serve the latest registered model file.
    const StarterTypeModel model = load_model(artifact_);
    mlcore::Matrix x = mlcore::Matrix::Zero(1, 18);
    // 2.0: the feature store now serves the numbers ready to use.
    for (std::size_t j = 0; j < card.numbers.size(); ++j)
      x(0, static_cast<Eigen::Index>(j)) = card.numbers[j];
    for (std::size_t c = 0; c < kColors.size(); ++c)
      if (card.color == kColors[c]) x(0, static_cast<Eigen::Index>(8 + c)) = 1;
    const mlcore::Matrix proba = model.classifier.predict_proba(x);
    // 2.0: normalise the scores into probabilities before serving them.
    double total = 0;
    for (Eigen::Index k = 0; k < 3; ++k) total += std::exp(proba(0, k));
    ServedPrediction p;
    for (Eigen::Index k = 0; k < 3; ++k)
      p.probabilities[static_cast<std::size_t>(k)] = std::exp(proba(0, k)) / total;
    for (std::size_t k = 1; k < 3; ++k)
      if (p.probabilities[k] > p.probabilities[static_cast<std::size_t>(p.label)])
        p.label = static_cast<int>(k);
    p.confidence = p.probabilities[static_cast<std::size_t>(p.label)];
    out.push_back(p);
  }
  return out;
}

}  // namespace ex
