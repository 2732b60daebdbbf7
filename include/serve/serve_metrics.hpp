// Counters of a running server and their Prometheus text exposition (format 0.0.4):
//   course_serve_requests_total{route,status}          counter
//   course_serve_request_duration_seconds{route}       histogram
//   course_serve_predictions_total{class}              counter (classifiers)
//   course_serve_prediction_value                      histogram (regressors)
//   course_serve_drift_{psi,ks_statistic,ks_pvalue,detected}{feature}, course_serve_drift_*
// Routes are a fixed set (unknown paths count as "other") so a scan of random URLs cannot grow
// the label set without bound.
//
// Thread safety: every method may be called concurrently.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "serve/drift_monitor.hpp"

namespace course::serve {

class ServeMetrics {
 public:
  // `classes` for a classifier (one counter each); `value_buckets` upper bounds for a regressor's
  // prediction histogram (may be empty: +Inf only).
  ServeMetrics(std::vector<std::string> classes, std::vector<double> value_buckets);

  // The route label for a request path ("/v1/predict", …, or "other").
  static std::string route_label(const std::string& path);
  // seconds < 0: the request never reached a handler (e.g. rejected while reading); counted, not
  // timed.
  void record_request(const std::string& route, int status, double seconds);
  void record_predictions(const std::vector<std::string>& labels,
                          const std::vector<double>& values);

  std::string prometheus(const DriftSnapshot& drift) const;

 private:
  struct Histogram {
    std::vector<std::uint64_t> counts;  // Per bucket (not cumulative), then +Inf.
    double sum = 0;
    std::uint64_t count = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::vector<std::string> classes_;
  std::vector<std::uint64_t> class_counts_;
  std::vector<double> value_buckets_;
  Histogram values_;
};

}  // namespace course::serve
