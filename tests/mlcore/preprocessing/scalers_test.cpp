// StandardScaler and MinMaxScaler against scikit-learn 1.2 on real Pokemon columns with a
// synthetic missing mask and a synthetic constant column (tests/golden/model_selection).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "golden.hpp"
#include "mlcore/error.hpp"
#include "mlcore/preprocessing/min_max_scaler.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"

namespace mlcore {
namespace {

using testing::golden;
using ::testing::HasSubstr;
using testing::matrix_of;
using testing::vector_of;

// Equal within tol, NaN where the golden has NaN.
void expect_near(const Matrix& got, const Matrix& want, double tol = 1e-12) {
  ASSERT_EQ(got.rows(), want.rows());
  ASSERT_EQ(got.cols(), want.cols());
  double worst = 0;
  for (Eigen::Index i = 0; i < got.rows(); ++i)
    for (Eigen::Index j = 0; j < got.cols(); ++j) {
      if (std::isnan(want(i, j))) {
        EXPECT_TRUE(std::isnan(got(i, j))) << i << "," << j;
        continue;
      }
      worst = std::max(worst, std::abs(got(i, j) - want(i, j)));
    }
  EXPECT_LE(worst, tol);
}

const nlohmann::json& prep() {
  static const nlohmann::json g = golden("preprocessing.json");
  return g;
}

TEST(StandardScaler, MatchesScikitLearnWithMissingAndConstantColumns) {
  const Matrix X = matrix_of(prep().at("X"));
  StandardScaler s;
  const Matrix Z = s.fit_transform(X);
  const nlohmann::json& g = prep().at("standard");
  expect_near(s.mean().transpose(), vector_of(g.at("mean")).transpose());
  expect_near(s.var().transpose(), vector_of(g.at("var")).transpose());
  expect_near(s.scale().transpose(), vector_of(g.at("scale")).transpose());
  EXPECT_EQ(s.scale()[6], 1.0);  // The constant column is left unscaled, not divided by ~0.
  expect_near(Z, matrix_of(g.at("transform")));
  expect_near(s.inverse_transform(Z), X, 1e-9);

  StandardScalerParams no_mean;
  no_mean.with_mean = false;
  expect_near(StandardScaler(no_mean).fit_transform(X),
              matrix_of(prep().at("standard_no_mean").at("transform")));
}

TEST(StandardScaler, JsonRoundTripIsBitIdentical) {
  const Matrix X = matrix_of(prep().at("X"));
  StandardScaler s;
  s.fit(X);
  s.metadata.feature_names = {"hp", "attack", "defense", "speed", "height_m", "weight_kg", "c"};
  const StandardScaler loaded = StandardScaler::from_json(s.to_json());
  const Matrix a = s.transform(X), b = loaded.transform(X);
  EXPECT_TRUE((a.array() == b.array() || (a.array().isNaN() && b.array().isNaN())).all());
  EXPECT_EQ(loaded.metadata.feature_names, s.metadata.feature_names);
  MinMaxScaler other;
  other.fit(X);
  EXPECT_THROW(StandardScaler::from_json(other.to_json()), Error);  // Another model type.
  EXPECT_THROW(StandardScaler::from_json("{not json"), Error);
}

TEST(StandardScaler, UnfittedAndShapeErrors) {
  StandardScaler s;
  try {
    s.transform(Matrix::Zero(2, 2));
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "StandardScaler is not fitted; call fit() first");
  }
  EXPECT_THROW(s.to_json(), Error);
  s.fit(Matrix::Ones(3, 2));
  try {
    s.transform(Matrix::Zero(2, 3));
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "StandardScaler: X has 3 columns, expected 2 (as in fit)");
  }
  EXPECT_THROW(s.fit(Matrix(0, 2)), Error);
}

TEST(MinMaxScaler, MatchesScikitLearn) {
  const Matrix X = matrix_of(prep().at("X"));
  for (const char* key : {"min_max", "min_max_m1_2"}) {
    const nlohmann::json& g = prep().at(key);
    MinMaxScalerParams p;
    p.feature_min = g.at("feature_range")[0].get<double>();
    p.feature_max = g.at("feature_range")[1].get<double>();
    MinMaxScaler m(p);
    const Matrix Z = m.fit_transform(X);
    expect_near(m.scale().transpose(), vector_of(g.at("scale")).transpose());
    expect_near(m.min_offset().transpose(), vector_of(g.at("min")).transpose());
    expect_near(Z, matrix_of(g.at("transform")));
    EXPECT_EQ(Z(0, 6), p.feature_min);  // Constant column maps to the range's low end.
  }
}

TEST(MinMaxScaler, ClipValidationAndRoundTrip) {
  Matrix X(3, 1);
  X << 0, 5, 10;
  MinMaxScalerParams p;
  p.clip = true;
  MinMaxScaler m(p);
  m.fit(X);
  Matrix outside(2, 1);
  outside << -10, 20;
  EXPECT_EQ(m.transform(outside), (Matrix(2, 1) << 0, 1).finished());
  EXPECT_EQ(MinMaxScaler::from_json(m.to_json()).transform(outside), m.transform(outside));
  MinMaxScalerParams bad;
  bad.feature_min = 1;
  bad.feature_max = 1;
  try {
    MinMaxScaler{bad};
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("MinMaxScalerParams.feature_min must be < feature_max"));
  }
  EXPECT_THROW(MinMaxScaler().transform(X), Error);
}

}  // namespace
}  // namespace mlcore
