#include "drift_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace course::serve {

std::string drift_json(const DriftSnapshot& s) {
  using nlohmann::json;
  // NaN (KS of a categorical feature) becomes null, as JSON has no NaN.
  const auto value = [](double v) { return std::isnan(v) ? json(nullptr) : json(v); };
  json features = json::array();
  for (const FeatureDriftScore& f : s.features)
    features.push_back({{"feature", f.feature},
                        {"psi", value(f.psi)},
                        {"ks_statistic", value(f.ks_statistic)},
                        {"ks_pvalue", value(f.ks_pvalue)},
                        {"drifted", f.drifted},
                        {"reason", f.reason}});
  return json{{"enabled", s.enabled},
              {"ready", s.ready},
              {"window_records", s.window_records},
              {"min_records", s.min_records},
              {"records_seen", s.records_seen},
              {"psi_threshold", s.psi_threshold},
              {"ks_pvalue_threshold", s.ks_pvalue_threshold},
              {"drifted", s.drifted_count()},
              {"features", std::move(features)}}
             .dump() +
         "\n";
}

}  // namespace course::serve
