// GET /v1/drift: the drift snapshot as JSON, for the web page and scripts.
//   {"enabled": true, "ready": true, "window_records": 500, "min_records": 100,
//    "records_seen": 1234, "psi_threshold": 0.2, "ks_pvalue_threshold": 0.01, "drifted": 1,
//    "features": [{"feature": "hp", "psi": 0.03, "ks_statistic": 0.05, "ks_pvalue": 0.4,
//                  "drifted": false, "reason": ""}, ...]}
#pragma once

#include <string>

#include "serve/drift_monitor.hpp"

namespace course::serve {

std::string drift_json(const DriftSnapshot& snapshot);

}  // namespace course::serve
