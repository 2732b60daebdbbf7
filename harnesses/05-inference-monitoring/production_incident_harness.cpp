// Harness for challenge 5.C (production incident). Builds the case's cards (the given species,
// repeated `repeat` times), constructs the service once and serves requests of `request_size`
// cards. "implementation": "shipped" runs ShippedService below, the 2.0 code as it shipped (the
// speedup check's baseline); anything else the learner's TypeService. Returns the types (names when
// `repeat` is 1, else a string of initials F, G, W), the probabilities and confidences (when
// `repeat` is 1) and
// the diagnosis (judged with exact, hidden).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "mlcore/linalg.hpp"
#include "production_incident.hpp"

namespace {

using nlohmann::json;

// The 2.0 service as shipped (a copy of the challenge's starter, kept here so that the baseline
// stays the same whatever the learner edits): model parsed per card, no scaler, softmax again.
class ShippedService {
 public:
  explicit ShippedService(const ex::ModelArtifact& artifact) : artifact_(artifact) {}
  std::vector<ex::ServedPrediction> predict(const std::vector<ex::Card>& cards) const {
    std::vector<ex::ServedPrediction> out;
    for (const ex::Card& card : cards) {
      const ex::StarterTypeModel model = ex::load_model(artifact_);
      mlcore::Matrix x = mlcore::Matrix::Zero(1, 18);
      for (std::size_t j = 0; j < card.numbers.size(); ++j)
        x(0, static_cast<Eigen::Index>(j)) = card.numbers[j];
      for (std::size_t c = 0; c < ex::kColors.size(); ++c)
        if (card.color == ex::kColors[c]) x(0, static_cast<Eigen::Index>(8 + c)) = 1;
      const mlcore::Matrix proba = model.classifier.predict_proba(x);
      double total = 0;
      for (Eigen::Index k = 0; k < 3; ++k) total += std::exp(proba(0, k));
      ex::ServedPrediction p;
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

 private:
  ex::ModelArtifact artifact_;
};

ex::ModelArtifact artifact_of(const json& model) {
  return {model.at("classifier").dump(), model.at("mean").get<std::vector<double>>(),
          model.at("scale").get<std::vector<double>>()};
}

std::vector<ex::Card> cards_of(const json& input) {
  std::vector<ex::Card> species;
  for (const json& record : input.at("species")) {
    ex::Card card;
    for (std::size_t j = 0; j < ex::kNumericFields.size(); ++j)
      card.numbers[j] = record.at(ex::kNumericFields[j]).get<double>();
    card.color = record.at("color").get<std::string>();
    species.push_back(card);
  }
  std::vector<ex::Card> cards;
  const auto repeat = input.at("repeat").get<std::size_t>();
  for (std::size_t r = 0; r < repeat; ++r)
    cards.insert(cards.end(), species.begin(), species.end());
  return cards;
}

template <typename Service>
std::vector<ex::ServedPrediction> serve(const Service& service, const std::vector<ex::Card>& cards,
                                        std::size_t size) {
  std::vector<ex::ServedPrediction> out;
  for (std::size_t start = 0; start < cards.size(); start += size) {
    const std::vector<ex::Card> request(
        cards.begin() + static_cast<std::ptrdiff_t>(start),
        cards.begin() + static_cast<std::ptrdiff_t>(std::min(cards.size(), start + size)));
    const std::vector<ex::ServedPrediction> answer = service.predict(request);
    out.insert(out.end(), answer.begin(), answer.end());
  }
  return out;
}

std::string cause_name(ex::Cause cause) {
  switch (cause) {
    case ex::Cause::kModelReloadedPerRequest:
      return "model_reloaded_per_request";
    case ex::Cause::kResourceStarvation:
      return "resource_starvation";
    case ex::Cause::kProbabilitiesTransformedTwice:
      return "probabilities_transformed_twice";
    case ex::Cause::kStaleModel:
      return "stale_model";
    case ex::Cause::kDataDrift:
      return "data_drift";
    case ex::Cause::kTrainingServingSkew:
      return "training_serving_skew";
    case ex::Cause::kUndecided:
      break;
  }
  return "undecided";
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const ex::ModelArtifact artifact = artifact_of(input.at("model"));
  const std::vector<ex::Card> cards = cards_of(input);
  const auto size = input.at("request_size").get<std::size_t>();
  const std::vector<ex::ServedPrediction> served =
      input.value("implementation", "") == "shipped"
          ? serve(ShippedService(artifact), cards, size)
          : serve(ex::TypeService(artifact), cards, size);
  const bool detailed = input.at("repeat").get<std::size_t>() == 1;
  std::string initials;  // the replay's 41,000 answers, compactly
  json labels = json::array();
  json probabilities = json::array();
  json confidence = json::array();
  for (const ex::ServedPrediction& p : served) {
    const bool known = p.label >= 0 && p.label < 3;
    initials += known ? ex::kTypes[static_cast<std::size_t>(p.label)][0] : '?';
    if (detailed) {  // names, so that a failure reads "at [3]: expected "Grass", got "Fire""
      labels.push_back(known ? ex::kTypes[static_cast<std::size_t>(p.label)] : "?");
      probabilities.push_back(p.probabilities);
      confidence.push_back(p.confidence);
    }
  }
  const ex::Diagnosis d = ex::diagnose();
  json out = {{"labels", detailed ? labels : json(initials)},
              {"cards", served.size()},
              {"latency_cause", cause_name(d.latency)},
              {"confidence_cause", cause_name(d.low_confidence)},
              {"fire_cause", cause_name(d.all_fire)}};
  if (detailed) {
    out["probabilities"] = probabilities;
    out["confidence"] = confidence;
  }
  return out;
}

}  // namespace course::exercise
