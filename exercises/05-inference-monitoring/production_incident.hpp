// Challenge 5.C — Production incident.
//
// A SCENARIO: no real service failed. The numbers marked (measured) were computed by the course
// on the real species of data/pokemon.csv with the shipped code's faults reproduced
// (assessments/exercises/5.C/evidence.txt); the rest (times, dates, traffic) is invented to
// make the story. This header is the contract: read it, do not edit it.
//
// The card shop's "starter type" service (the module's model: Fire, Grass or Water from a card's
// stats and color) was rewritten as version 2.0 and deployed on Monday 09:00. Within the hour,
// three alerts fired. The code that shipped is production_incident.cpp.
//
// ── ALERT 1  latency_p99_high ───────────────────────────────────────────────────────────────────
//   p99 latency of POST /v1/predict: 2.0 s (SLO 50 ms; 1.x: 38 ms). Requests of 1000 cards.
//   metrics   container CPU 100% of its 1-core limit, no throttling events; memory flat;
//             traffic as usual (120 requests/min); the 1.x pods on the same nodes stay at 38 ms.
//   profile   (perf, 30 s) 94% under mlcore::LogisticRegression::from_json and the JSON parser;
//             3% in predict_proba.
//   logs      none beyond the access log.
//
// ── ALERT 2  confidence_collapse ────────────────────────────────────────────────────────────────
//   every served confidence is below 0.6 since 09:00 (1.x: 64% of answers at or above 0.6,
//   median 0.685 (measured)). Served: max 0.576, median 0.458 (measured).
//   metrics   the probabilities of each answer still sum to 1; the model file's sha256 is the one
//             the training pipeline registered; the feature drift dashboard (PSI of requests vs
//             training data) is green for every feature.
//   offline   the registered model, run in a notebook on the same requests, gives the 1.x
//             confidences.
//
// ── ALERT 3  prediction_share_anomaly ───────────────────────────────────────────────────────────
//   share of "Fire" answers: 97.6% since 09:00 (measured; 1.x and offline: 22.8% (measured)).
//   metrics   request payloads unchanged (same fields, units and ranges as the training data;
//             PSI < 0.05 for every feature); the model file's sha256 is the registered one;
//             the feature store's schema has not changed since March.
//   logs      WARN model.classifier: input feature 'weight_kg' = 430 outside the values it was
//             trained on (-0.67 .. 7.23 (measured)); the same warning for most requests and
//             for other features (hp = 91, attack = 90, ...).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "starter_type_model.hpp"

namespace ex {

// The causes an on-call engineer considers.
enum class Cause {
  kUndecided,                      // (the starter's answer)
  kModelReloadedPerRequest,        // start-up work (loading, parsing the model) done per request
  kResourceStarvation,             // CPU throttled or shared: everything on the node slows down
  kProbabilitiesTransformedTwice,  // correct probabilities, then normalised/softmaxed again
  kStaleModel,                     // a model file other than the registered one was deployed
  kDataDrift,                      // the requests moved away from the training data
  kTrainingServingSkew,            // the service computes the features differently from training
};

struct Diagnosis {
  Cause latency = Cause::kUndecided;         // ALERT 1
  Cause low_confidence = Cause::kUndecided;  // ALERT 2
  Cause all_fire = Cause::kUndecided;        // ALERT 3
};

// Your diagnosis of the three alerts.
Diagnosis diagnose();

// A card to classify: the 8 numbers of kNumericFields, in order, and its color (one of kColors).
struct Card {
  std::array<double, 8> numbers{};
  std::string color;
};

struct ServedPrediction {
  int label = 0;                          // index into kTypes
  double confidence = 0;                  // the probability of `label`
  std::array<double, 3> probabilities{};  // per class, in kTypes order; sum to 1
};

// The service: constructed once per process, then predict() for every request. Fixed, it gives
// the registered model's answers (those of the 1.x service) within the latency budget.
class TypeService {
 public:
  explicit TypeService(const ModelArtifact& artifact);
  std::vector<ServedPrediction> predict(const std::vector<Card>& cards) const;

 private:
  ModelArtifact artifact_;
  StarterTypeModel model_;  // unused by 2.0 as shipped
};

}  // namespace ex
