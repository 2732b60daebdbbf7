// Harness for exercise 5.2 (fast inference). Builds the case's rows (the given species, repeated
// `repeat` times), constructs the predictor once ("implementation": "slow" runs the header's
// SlowPredictor, the speedup check's baseline; anything else the learner's FastPredictor), and
// calls predict() on requests of `request_size` rows. Returns the types as one string of
// initials (F, G, W: compact for 20,500 rows) or, with "with_probabilities", as names with the
// probabilities.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "fast_inference.hpp"

namespace {

using nlohmann::json;

ex::ModelArtifact artifact_of(const json& model) {
  return {model.at("classifier").dump(), model.at("mean").get<std::vector<double>>(),
          model.at("scale").get<std::vector<double>>()};
}

std::vector<ex::Species> rows_of(const json& input) {
  std::vector<ex::Species> species;
  for (const json& record : input.at("species")) {
    ex::Species s;
    for (std::size_t j = 0; j < ex::kNumericFields.size(); ++j)
      s.numbers[j] = record.at(ex::kNumericFields[j]).get<double>();
    s.color = record.at("color").get<std::string>();
    species.push_back(s);
  }
  std::vector<ex::Species> rows;
  const auto repeat = input.at("repeat").get<std::size_t>();
  for (std::size_t r = 0; r < repeat; ++r) rows.insert(rows.end(), species.begin(), species.end());
  return rows;
}

template <typename Predictor>
std::vector<ex::TypePrediction> serve(const Predictor& predictor,
                                      const std::vector<ex::Species>& rows, std::size_t size) {
  std::vector<ex::TypePrediction> out;
  for (std::size_t start = 0; start < rows.size(); start += size) {
    const std::vector<ex::Species> request(
        rows.begin() + static_cast<std::ptrdiff_t>(start),
        rows.begin() + static_cast<std::ptrdiff_t>(std::min(rows.size(), start + size)));
    const std::vector<ex::TypePrediction> answer = predictor.predict(request);
    out.insert(out.end(), answer.begin(), answer.end());
  }
  return out;
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const ex::ModelArtifact artifact = artifact_of(input.at("model"));
  const std::vector<ex::Species> rows = rows_of(input);
  const auto size = input.at("request_size").get<std::size_t>();
  const std::vector<ex::TypePrediction> predictions =
      input.value("implementation", "") == "slow" ? serve(ex::SlowPredictor(artifact), rows, size)
                                                  : serve(ex::FastPredictor(artifact), rows, size);
  const bool detailed = input.value("with_probabilities", false);
  std::string initials;  // 20,500 answers, compactly
  json labels = json::array();
  json probabilities = json::array();
  for (const ex::TypePrediction& p : predictions) {
    const bool known = p.label >= 0 && p.label < 3;
    initials += known ? ex::kTypes[static_cast<std::size_t>(p.label)][0] : '?';
    if (detailed) {  // names, so that a failure reads "at [3]: expected "Grass", got "Fire""
      labels.push_back(known ? ex::kTypes[static_cast<std::size_t>(p.label)] : "?");
      probabilities.push_back(p.probabilities);
    }
  }
  json out = {{"labels", detailed ? labels : json(initials)}, {"rows", predictions.size()}};
  if (detailed) out["probabilities"] = probabilities;
  return out;
}

}  // namespace course::exercise
