#include "serve/serve_metrics.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

namespace course::serve {
namespace {

// Latency buckets: fine below a millisecond, where the goal (p99 <= 1 ms) lies.
const std::vector<double> kLatencyBuckets = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                             0.025,  0.05,    0.1,    0.25,  0.5,    1,     2.5};

const char* const kRoutes[] = {"/",         "/healthz",  "/readyz",    "/metrics",
                               "/v1/model", "/v1/drift", "/v1/predict"};

// Label values escape backslash, double quote and newline.
std::string label(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  return fmt::format("{}", v);
}

void observe(std::vector<std::uint64_t>& counts, const std::vector<double>& bounds, double v) {
  if (counts.empty()) counts.assign(bounds.size() + 1, 0);
  const auto it = std::lower_bound(bounds.begin(), bounds.end(), v);
  ++counts[std::size_t(it - bounds.begin())];
}

void write_histogram(std::string& out, const std::string& name, const std::string& labels,
                     const std::vector<double>& bounds, const std::vector<std::uint64_t>& counts,
                     double sum, std::uint64_t count) {
  const std::string sep = labels.empty() ? "" : ",";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i <= bounds.size(); ++i) {
    cumulative += i < counts.size() ? counts[i] : 0;
    const std::string le = i < bounds.size() ? number(bounds[i]) : "+Inf";
    out += fmt::format("{}_bucket{{{}{}le=\"{}\"}} {}\n", name, labels, sep, le, cumulative);
  }
  const std::string braces = labels.empty() ? "" : "{" + labels + "}";
  out +=
      fmt::format("{}_sum{} {}\n{}_count{} {}\n", name, braces, number(sum), name, braces, count);
}

}  // namespace

ServeMetrics::ServeMetrics(std::vector<std::string> classes, std::vector<double> value_buckets)
    : classes_(std::move(classes)),
      class_counts_(classes_.size(), 0),
      value_buckets_(std::move(value_buckets)) {
  std::sort(value_buckets_.begin(), value_buckets_.end());
  value_buckets_.erase(std::unique(value_buckets_.begin(), value_buckets_.end()),
                       value_buckets_.end());
}

std::string ServeMetrics::route_label(const std::string& path) {
  for (const char* route : kRoutes)
    if (path == route) return route;
  return "other";
}

void ServeMetrics::record_request(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  if (seconds < 0) return;
  Histogram& h = latency_[route];
  observe(h.counts, kLatencyBuckets, seconds);
  h.sum += seconds;
  ++h.count;
}

void ServeMetrics::record_predictions(const std::vector<std::string>& labels,
                                      const std::vector<double>& values) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const std::string& l : labels) {
    const auto it = std::find(classes_.begin(), classes_.end(), l);
    if (it != classes_.end()) ++class_counts_[std::size_t(it - classes_.begin())];
  }
  for (double v : values) {
    observe(values_.counts, value_buckets_, v);
    values_.sum += v;
    ++values_.count;
  }
}

std::string ServeMetrics::prometheus(const DriftSnapshot& drift) const {
  std::string out;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    out += "# HELP course_serve_requests_total HTTP requests by route and status code.\n";
    out += "# TYPE course_serve_requests_total counter\n";
    for (const auto& [key, n] : requests_)
      out += fmt::format("course_serve_requests_total{{route=\"{}\",status=\"{}\"}} {}\n",
                         label(key.first), key.second, n);
    out +=
        "# HELP course_serve_request_duration_seconds Time from routing to response, by route.\n";
    out += "# TYPE course_serve_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_)
      write_histogram(out, "course_serve_request_duration_seconds",
                      "route=\"" + label(route) + "\"", kLatencyBuckets, h.counts, h.sum, h.count);
    if (!classes_.empty()) {
      out += "# HELP course_serve_predictions_total Predicted records by predicted class.\n";
      out += "# TYPE course_serve_predictions_total counter\n";
      for (std::size_t k = 0; k < classes_.size(); ++k)
        out += fmt::format("course_serve_predictions_total{{class=\"{}\"}} {}\n",
                           label(classes_[k]), class_counts_[k]);
    } else {
      out += "# HELP course_serve_prediction_value Predicted values.\n";
      out += "# TYPE course_serve_prediction_value histogram\n";
      write_histogram(out, "course_serve_prediction_value", "", value_buckets_, values_.counts,
                      values_.sum, values_.count);
    }
  }
  out += "# HELP course_serve_drift_enabled 1 when reference data was given (--reference).\n";
  out += "# TYPE course_serve_drift_enabled gauge\n";
  out += fmt::format("course_serve_drift_enabled {}\n", drift.enabled ? 1 : 0);
  out += "# HELP course_serve_drift_window_records Records in the drift window.\n";
  out += "# TYPE course_serve_drift_window_records gauge\n";
  out += fmt::format("course_serve_drift_window_records {}\n", drift.window_records);
  out += "# HELP course_serve_drift_features_drifted Features over a drift threshold.\n";
  out += "# TYPE course_serve_drift_features_drifted gauge\n";
  out += fmt::format("course_serve_drift_features_drifted {}\n", drift.drifted_count());
  const struct {
    const char* name;
    const char* help;
    double FeatureDriftScore::*field;
  } gauges[] = {
      {"psi", "Population stability index of the window against the reference.",
       &FeatureDriftScore::psi},
      {"ks_statistic", "Two-sample KS statistic (numeric features).",
       &FeatureDriftScore::ks_statistic},
      {"ks_pvalue", "Two-sample KS p-value (numeric features).", &FeatureDriftScore::ks_pvalue},
  };
  for (const auto& g : gauges) {
    out += fmt::format("# HELP course_serve_drift_{} {}\n", g.name, g.help);
    out += fmt::format("# TYPE course_serve_drift_{} gauge\n", g.name);
    for (const FeatureDriftScore& f : drift.features)
      if (!std::isnan(f.*g.field))
        out += fmt::format("course_serve_drift_{}{{feature=\"{}\"}} {}\n", g.name, label(f.feature),
                           number(f.*g.field));
  }
  out += "# HELP course_serve_drift_detected 1 when the feature is over a drift threshold.\n";
  out += "# TYPE course_serve_drift_detected gauge\n";
  for (const FeatureDriftScore& f : drift.features)
    out += fmt::format("course_serve_drift_detected{{feature=\"{}\"}} {}\n", label(f.feature),
                       f.drifted ? 1 : 0);
  return out;
}

}  // namespace course::serve
