#include "mlcore/metrics/regression.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "test_util.hpp"

namespace mlcore {
namespace {

using metrics_test::error_of;
using metrics_test::vec;

// sklearn's documentation example. Errors: -0.5, 0.5, 0, 1.
const Vector kTrue = vec({3, -0.5, 2, 7});
const Vector kPred = vec({2.5, 0.0, 2, 8});

TEST(Regression, HandComputed) {
  EXPECT_DOUBLE_EQ(mean_squared_error(kTrue, kPred), (0.25 + 0.25 + 0 + 1) / 4);
  EXPECT_DOUBLE_EQ(root_mean_squared_error(kTrue, kPred), std::sqrt(0.375));
  EXPECT_DOUBLE_EQ(mean_absolute_error(kTrue, kPred), 0.5);
  // |e| / |y|: 0.5/3 + 0.5/0.5 + 0 + 1/7, averaged.
  EXPECT_DOUBLE_EQ(mean_absolute_percentage_error(kTrue, kPred), (0.5 / 3 + 1.0 + 1.0 / 7) / 4);
  // SS_res = 1.5; mean 2.875, SS_tot = 29.1875.
  EXPECT_DOUBLE_EQ(r2_score(kTrue, kPred), 1 - 1.5 / 29.1875);
}

TEST(Regression, WeightsAverage) {
  const Vector w = vec({0, 0, 0, 2});
  EXPECT_DOUBLE_EQ(mean_squared_error(kTrue, kPred, &w), 1.0);
  EXPECT_DOUBLE_EQ(mean_absolute_error(kTrue, kPred, &w), 1.0);
}

TEST(Regression, R2ConventionsForConstantTargetAndOneSample) {
  EXPECT_EQ(r2_score(vec({3, 3, 3}), vec({3, 3, 3})), 1.0);
  EXPECT_EQ(r2_score(vec({3, 3, 3}), vec({3, 3, 4})), 0.0);
  EXPECT_TRUE(std::isnan(r2_score(vec({3}), vec({2}))));
}

TEST(Regression, MapeFloorsZeroTargetsAtMachineEpsilon) {
  EXPECT_DOUBLE_EQ(mean_absolute_percentage_error(vec({0}), vec({1})),
                   1.0 / std::numeric_limits<double>::epsilon());
}

TEST(Regression, ErrorMessages) {
  EXPECT_EQ(error_of([] { mean_squared_error(Vector(), Vector()); }),
            "mean_squared_error: empty input (y_true has 0 samples)");
  EXPECT_EQ(error_of([] {
              r2_score(vec({1, 2}), vec({1, 2, 3}));
            }),
            "r2_score: y_true and y_pred have different lengths (2 vs 3)");
  const Vector short_w = vec({1});
  EXPECT_EQ(error_of([&] {
              mean_absolute_error(vec({1, 2}), vec({1, 2}), &short_w);
            }),
            "mean_absolute_error: y_true and sample_weight have different lengths (2 vs 1)");
  const Vector zero = vec({0, 0});
  EXPECT_EQ(error_of([&] {
              mean_squared_error(vec({1, 2}), vec({1, 2}), &zero);
            }),
            "mean_squared_error: sample weights sum to zero");
}

}  // namespace
}  // namespace mlcore
