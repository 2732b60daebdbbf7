// SimpleImputer against scikit-learn 1.2 (real columns, synthetic missing mask and an all-missing
// synthetic column that scikit-learn drops).
#include "mlcore/preprocessing/simple_imputer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "golden.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using ::testing::ElementsAre;
using testing::golden;
using testing::matrix_of;
using testing::vector_of;

TEST(SimpleImputer, MatchesScikitLearnForEveryStrategy) {
  const nlohmann::json g = golden("preprocessing.json");
  Matrix X = matrix_of(g.at("X"));
  Matrix X_empty(X.rows(), X.cols() + 1);
  X_empty << X, Vector::Constant(X.rows(), std::numeric_limits<double>::quiet_NaN());
  for (const auto& [name, want] : g.at("imputer").items()) {
    SimpleImputerParams p;
    p.strategy = strategy_from_name(name);
    p.fill_value = -1.0;
    SimpleImputer imp(p);
    const Matrix Z = imp.fit_transform(X_empty);
    const Vector stats = vector_of(want.at("statistics"));
    for (Eigen::Index j = 0; j < stats.size(); ++j) {
      if (std::isnan(stats[j]))
        EXPECT_TRUE(std::isnan(imp.statistics()[j])) << name;
      else
        EXPECT_NEAR(imp.statistics()[j], stats[j], 1e-12) << name << " column " << j;
    }
    const Matrix expected = matrix_of(want.at("transform"));
    ASSERT_EQ(Z.cols(), expected.cols()) << name;
    EXPECT_LE((Z - expected).cwiseAbs().maxCoeff(), 1e-12) << name;
    EXPECT_FALSE(Z.array().isNaN().any());
  }
}

TEST(SimpleImputer, MostFrequentTiesGoToTheSmallest) {
  Matrix X(5, 1);
  X << 3, 1, 3, 1, std::numeric_limits<double>::quiet_NaN();
  SimpleImputerParams p;
  p.strategy = ImputeStrategy::kMostFrequent;
  SimpleImputer imp(p);
  EXPECT_EQ(imp.fit_transform(X)(4, 0), 1.0);
}

TEST(SimpleImputer, EmptyColumnKeptOnRequestAndRoundTrips) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  Matrix X(3, 2);
  X << 1, nan, nan, nan, 3, nan;
  SimpleImputer dropping;
  dropping.fit(X);
  EXPECT_THAT(dropping.kept_columns(), ElementsAre(0u));
  EXPECT_EQ(dropping.transform(X), (Matrix(3, 1) << 1, 2, 3).finished());
  SimpleImputerParams keep;
  keep.keep_empty_features = true;
  SimpleImputer keeping(keep);
  EXPECT_EQ(keeping.fit_transform(X), (Matrix(3, 2) << 1, 0, 2, 0, 3, 0).finished());
  const SimpleImputer loaded = SimpleImputer::from_json(dropping.to_json());
  EXPECT_EQ(loaded.transform(X), dropping.transform(X));
  EXPECT_TRUE(std::isnan(loaded.statistics()[1]));
}

TEST(SimpleImputer, Errors) {
  EXPECT_THROW(SimpleImputer().transform(Matrix::Zero(1, 1)), Error);
  EXPECT_THROW(strategy_from_name("mode"), Error);
  SimpleImputer imp;
  imp.fit(Matrix::Zero(2, 2));
  EXPECT_THROW(imp.transform(Matrix::Zero(2, 3)), Error);
  EXPECT_THROW(SimpleImputer::from_json("{\"format_version\": 99, \"model\": \"simple_imputer\"}"),
               Error);
}

}  // namespace
}  // namespace mlcore
