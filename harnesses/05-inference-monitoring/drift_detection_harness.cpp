// Harness for exercise 5.3 (drift detection). Calls detect_drift on the case's reference and
// current columns and returns the per-feature numbers (judged with approx against numpy's PSI and
// scipy's ks_2samp) and the names of the drifted features (judged with set_equal / exact).
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "drift_detection.hpp"

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const auto features = input.at("features").get<std::vector<std::string>>();
  const auto reference = input.at("reference").get<ex::Columns>();
  const auto current = input.at("current").get<ex::Columns>();
  const std::vector<ex::FeatureDrift> report = ex::detect_drift(reference, current, features);
  if (report.size() != features.size())
    throw std::invalid_argument("detect_drift returned " + std::to_string(report.size()) +
                                " entries for " + std::to_string(features.size()) + " features");
  nlohmann::json psi = nlohmann::json::array();
  nlohmann::json statistic = nlohmann::json::array();
  nlohmann::json pvalue = nlohmann::json::array();
  nlohmann::json drifted = nlohmann::json::array();
  for (const ex::FeatureDrift& f : report) {
    psi.push_back(f.psi);
    statistic.push_back(f.ks_statistic);
    pvalue.push_back(f.ks_pvalue);
    if (f.drifted) drifted.push_back(f.feature);
  }
  return {{"psi", psi}, {"ks_statistic", statistic}, {"ks_pvalue", pvalue}, {"drifted", drifted}};
}

}  // namespace course::exercise
