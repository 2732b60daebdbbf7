#include "serve/serve_metrics.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace course::serve {
namespace {

using ::testing::HasSubstr;

TEST(ServeMetrics, CountsRequestsByRouteAndStatus) {
  ServeMetrics m({"false", "true"}, {});
  m.record_request("/v1/predict", 200, 0.0002);
  m.record_request("/v1/predict", 200, 0.003);
  m.record_request("/v1/predict", 422, 0.0001);
  m.record_request("other", 413, -1);  // Refused while reading: counted, not timed.
  const std::string text = m.prometheus({});
  EXPECT_THAT(text,
              HasSubstr("course_serve_requests_total{route=\"/v1/predict\",status=\"200\"} 2\n"));
  EXPECT_THAT(text, HasSubstr("course_serve_requests_total{route=\"other\",status=\"413\"} 1\n"));
  // Buckets are cumulative: 0.0001 and 0.0002 are <= 0.00025, all three <= 0.005.
  EXPECT_THAT(text, HasSubstr("course_serve_request_duration_seconds_bucket{route=\"/v1/"
                              "predict\",le=\"0.00025\"} 2\n"));
  EXPECT_THAT(
      text,
      HasSubstr(
          "course_serve_request_duration_seconds_bucket{route=\"/v1/predict\",le=\"0.0025\"} 2\n"));
  EXPECT_THAT(
      text,
      HasSubstr(
          "course_serve_request_duration_seconds_bucket{route=\"/v1/predict\",le=\"0.005\"} 3\n"));
  EXPECT_THAT(text,
              HasSubstr("course_serve_request_duration_seconds_count{route=\"/v1/predict\"} 3\n"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("duration_seconds_count{route=\"other\"}")));
}

TEST(ServeMetrics, RouteLabelsAreAFixedSet) {
  EXPECT_EQ(ServeMetrics::route_label("/v1/predict"), "/v1/predict");
  EXPECT_EQ(ServeMetrics::route_label("/v1/predict/../x"), "other");
  EXPECT_EQ(ServeMetrics::route_label("/random-scan-123"), "other");
}

TEST(ServeMetrics, PredictionDistributionPerClass) {
  ServeMetrics m({"no", "yes"}, {});
  m.record_predictions({"yes", "yes", "no"}, {});
  const std::string text = m.prometheus({});
  EXPECT_THAT(text, HasSubstr("course_serve_predictions_total{class=\"no\"} 1\n"));
  EXPECT_THAT(text, HasSubstr("course_serve_predictions_total{class=\"yes\"} 2\n"));
}

TEST(ServeMetrics, RegressorValueHistogram) {
  ServeMetrics m({}, {10, 1, 10});  // Sorted and deduplicated.
  m.record_predictions({}, {0.5, 5, 50});
  const std::string text = m.prometheus({});
  EXPECT_THAT(text, HasSubstr("course_serve_prediction_value_bucket{le=\"1\"} 1\n"));
  EXPECT_THAT(text, HasSubstr("course_serve_prediction_value_bucket{le=\"10\"} 2\n"));
  EXPECT_THAT(text, HasSubstr("course_serve_prediction_value_bucket{le=\"+Inf\"} 3\n"));
  EXPECT_THAT(text, HasSubstr("course_serve_prediction_value_sum 55.5\n"));
}

TEST(ServeMetrics, DriftGaugesEscapeLabelsAndSkipNaN) {
  ServeMetrics m({"a", "b"}, {});
  DriftSnapshot d;
  d.enabled = true;
  d.features.push_back({"we\"ird", 0.25, 0.1, 0.5, true, "psi"});
  d.features.push_back({"cat", 0.01, std::nan(""), std::nan(""), false, ""});
  const std::string text = m.prometheus(d);
  EXPECT_THAT(text, HasSubstr("course_serve_drift_psi{feature=\"we\\\"ird\"} 0.25\n"));
  EXPECT_THAT(text, HasSubstr("course_serve_drift_detected{feature=\"we\\\"ird\"} 1\n"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("course_serve_drift_ks_pvalue{feature=\"cat\"}")));
  EXPECT_THAT(text, HasSubstr("course_serve_drift_features_drifted 1\n"));
}

}  // namespace
}  // namespace course::serve
