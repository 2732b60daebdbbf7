#include "mlcore/eda/describe.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "golden_support.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using test::close;

TEST(Describe, HandComputedNumericColumn) {
  // x = 1, 2, 3, 4: mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, std = sqrt(5/3);
  // 25% at virtual index 3 * 0.25 = 0.75 -> 1 + 0.75 = 1.75; 75% at 2.25 -> 3.25.
  const Table t = parse_csv("x\n3\n1\n4\n2\n");
  const NumericSummary s = describe_numeric(t.column("x"));
  EXPECT_EQ(s.count, 4u);
  EXPECT_EQ(s.missing, 0u);
  EXPECT_DOUBLE_EQ(s.mean, 2.5);
  EXPECT_DOUBLE_EQ(s.std, std::sqrt(5.0 / 3.0));
  EXPECT_EQ(s.min, 1.0);
  EXPECT_EQ(s.q25, 1.75);
  EXPECT_EQ(s.median, 2.5);
  EXPECT_EQ(s.q75, 3.25);
  EXPECT_EQ(s.max, 4.0);
}

TEST(Describe, MissingAndNanCellsAreSkippedAndCounted) {
  const Table t = parse_csv("x\n1\n\nnan\n3\nNA\n");
  const NumericSummary s = describe_numeric(t.column("x"));
  EXPECT_EQ(s.count, 2u);
  EXPECT_EQ(s.missing, 3u);
  EXPECT_EQ(s.mean, 2.0);
  EXPECT_EQ(s.median, 2.0);
}

TEST(Describe, OneValueHasNoStdAndNoValueHasNothing) {
  const Table one = parse_csv("x\n5\n");
  EXPECT_TRUE(std::isnan(describe_numeric(one.column("x")).std));
  EXPECT_EQ(describe_numeric(one.column("x")).q75, 5.0);
  const Table none = parse_csv("x,y\n,1\n,2\n");
  const NumericSummary s = describe_numeric(none.column("x"));
  EXPECT_EQ(s.count, 0u);
  EXPECT_EQ(s.missing, 2u);
  EXPECT_TRUE(std::isnan(s.mean));
  EXPECT_TRUE(std::isnan(s.max));
}

TEST(Describe, CategoricalTopTiesGoToFirstAppearance) {
  const Table t = parse_csv("c,b\nb,true\na,false\na,\nb,false\n,true\n");
  const CategoricalSummary c = describe_categorical(t.column("c"));
  EXPECT_EQ(c.count, 4u);
  EXPECT_EQ(c.missing, 1u);
  EXPECT_EQ(c.unique, 2u);
  EXPECT_EQ(c.top, "b");
  EXPECT_EQ(c.freq, 2u);
  const CategoricalSummary b = describe_categorical(t.column("b"));
  EXPECT_EQ(b.top, "true");
  EXPECT_EQ(b.unique, 2u);
}

TEST(Describe, SplitsColumnsByTypeInTableOrder) {
  const Table t = parse_csv("a,c,b,d\n1,x,true,2\n2,y,false,3\n");
  const Description d = describe(t);
  ASSERT_EQ(d.numeric.size(), 2u);
  EXPECT_EQ(d.numeric[0].column, "a");
  EXPECT_EQ(d.numeric[1].column, "d");
  ASSERT_EQ(d.categorical.size(), 2u);
  EXPECT_EQ(d.categorical[0].column, "c");
  EXPECT_EQ(d.categorical[1].column, "b");
}

TEST(Describe, WrongColumnTypeNamesTheColumn) {
  const Table t = parse_csv("name,hp\nBulbasaur,45\n");
  EXPECT_THAT([&] { describe_numeric(t.column("name")); },
              testing::ThrowsMessage<Error>(
                  testing::HasSubstr("column 'name' is categorical, expected numeric")));
  EXPECT_THAT([&] { describe_categorical(t.column("hp")); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("column 'hp' is numeric")));
}

TEST(Quantile, MatchesNumpyLinearInterpolation) {
  const auto golden = test::load_golden("eda.json")["quantiles"];
  std::vector<double> sample = test::numbers(golden["synthetic_sample"]);
  std::sort(sample.begin(), sample.end());
  const auto qs = test::numbers(golden["q"]);
  const auto expected = test::numbers(golden["values"]);
  for (std::size_t i = 0; i < qs.size(); ++i) {
    // numpy's lerp is reproduced operation for operation: bit-identical.
    EXPECT_EQ(quantile_sorted(sample, qs[i]), expected[i]) << "q = " << qs[i];
  }
}

TEST(Quantile, RejectsEmptySampleAndOutOfRangeQ) {
  EXPECT_THROW(quantile_sorted({}, 0.5), Error);
  EXPECT_THROW(quantile_sorted({1.0}, 1.5), Error);
  EXPECT_THROW(quantile_sorted({1.0}, std::nan("")), Error);
}

TEST(DescribeGolden, PokemonMatchesPandas) {
  const auto golden = test::load_golden("eda.json");
  const Description d = describe(test::pokemon());
  double worst = 0;
  for (const auto& g : golden["describe_numeric"]) {
    const std::string name = g["column"];
    SCOPED_TRACE(name);
    const auto it = std::find_if(d.numeric.begin(), d.numeric.end(),
                                 [&](const NumericSummary& s) { return s.column == name; });
    ASSERT_NE(it, d.numeric.end());
    EXPECT_EQ(static_cast<double>(it->count), g["count"].get<double>());
    // pandas sums pairwise (numpy) or sequentially (bottleneck); we sum sequentially: last-bit
    // differences only. Order statistics are exact.
    EXPECT_TRUE(close(it->mean, g["mean"], 1e-12));
    EXPECT_TRUE(close(it->std, g["std"], 1e-12));
    worst = std::max({worst, std::abs(it->mean / g["mean"].get<double>() - 1),
                      std::abs(it->std / g["std"].get<double>() - 1)});
    EXPECT_EQ(it->min, g["min"].get<double>());
    EXPECT_EQ(it->q25, g["q25"].get<double>());
    EXPECT_EQ(it->median, g["median"].get<double>());
    EXPECT_EQ(it->q75, g["q75"].get<double>());
    EXPECT_EQ(it->max, g["max"].get<double>());
  }
  std::printf("describe mean/std max relative diff vs pandas: %.3g\n", worst);
  for (const auto& g : golden["describe_categorical"]) {
    const std::string name = g["column"];
    SCOPED_TRACE(name);
    const auto it = std::find_if(d.categorical.begin(), d.categorical.end(),
                                 [&](const CategoricalSummary& s) { return s.column == name; });
    ASSERT_NE(it, d.categorical.end());
    EXPECT_EQ(it->count, g["count"].get<std::size_t>());
    EXPECT_EQ(it->missing, g["missing"].get<std::size_t>());
    EXPECT_EQ(it->unique, g["unique"].get<std::size_t>());
    EXPECT_EQ(it->top, g["top"].get<std::string>());
    EXPECT_EQ(it->freq, g["freq"].get<std::size_t>());
  }
}

}  // namespace
}  // namespace mlcore
