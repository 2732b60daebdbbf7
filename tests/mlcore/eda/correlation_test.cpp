#include "mlcore/eda/correlation.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "golden_support.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using test::close;

Table table_from(const nlohmann::json& columns, const std::vector<std::string>& names) {
  Table t;
  for (const auto& name : names) {
    Column c(name, ColumnType::kNumeric);
    for (const auto& v : columns[name]) {
      if (v.is_null()) {
        c.push_missing();
      } else {
        c.push_numeric(v.get<double>());
      }
    }
    t.add_column(std::move(c));
  }
  return t;
}

TEST(AverageRanks, TiesShareTheMeanPosition) {
  // sorted: 1 (rank 1), 2 2 2 (ranks 2,3,4 -> 3), 5 (rank 5), 7 7 (6,7 -> 6.5)
  EXPECT_THAT(average_ranks({7, 2, 1, 2, 5, 7, 2}), testing::ElementsAre(6.5, 3, 1, 3, 5, 6.5, 3));
  EXPECT_THROW(average_ranks({1, std::nan("")}), Error);
}

TEST(Correlation, HandComputedPearsonAndSpearman) {
  // x = 1,2,3,4; y = 1,3,2,4: centered x = -1.5,-.5,.5,1.5, y = -1.5,.5,-.5,1.5.
  // sum xy = 2.25 - .25 - .25 + 2.25 = 4; sum xx = sum yy = 5 -> r = 0.8. Ranks equal values.
  const Table t = parse_csv("x,y,name\n1,1,a\n2,3,b\n3,2,c\n4,4,d\n");
  const auto p = correlation(t);
  ASSERT_EQ(p.columns, (std::vector<std::string>{"x", "y"}));
  EXPECT_NEAR(p.at("x", "y"), 0.8, 1e-15);
  EXPECT_NEAR(p.at("y", "x"), 0.8, 1e-15);
  EXPECT_NEAR(p.at("x", "x"), 1.0, 1e-15);
  EXPECT_NEAR(correlation(t, CorrelationMethod::kSpearman).at("x", "y"), 0.8, 1e-15);
}

TEST(Correlation, PairwiseCompleteRowsAndConstantColumns) {
  // Pair (x, y) uses rows 0, 1, 3 only: x = 1,2,4 and y = 2,4,8 -> exactly linear.
  const Table t = parse_csv("x,y,k,b\n1,2,5,true\n2,4,5,false\n3,,5,true\n4,8,5,false\n");
  const auto p = correlation(t);
  EXPECT_NEAR(p.at("x", "y"), 1.0, 1e-15);
  EXPECT_TRUE(std::isnan(p.at("x", "k")));  // constant column
  EXPECT_TRUE(std::isnan(p.at("k", "k")));
  EXPECT_NEAR(p.at("b", "b"), 1.0, 1e-15);  // booleans take part as 0/1
  EXPECT_TRUE(std::isnan(correlation(t, CorrelationMethod::kPearson, 4).at("x", "y")));
}

TEST(Correlation, UnknownColumnAndBadMinPeriods) {
  const Table t = parse_csv("x,y,name\n1,1,a\n2,3,b\n");
  EXPECT_THAT([&] { correlation(t).at("x", "name"); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("no numeric column 'name'")));
  EXPECT_THROW(correlation(t, CorrelationMethod::kPearson, 0), Error);
}

TEST(CorrelationGolden, PokemonMatchesPandas) {
  const auto golden = test::load_golden("eda.json");
  std::vector<std::string> names = golden["correlation_columns"];
  const Table t = test::pokemon().select(names);
  double worst = 0;
  for (const auto* method : {"pearson", "spearman"}) {
    SCOPED_TRACE(method);
    const auto c = correlation(t, std::string(method) == "pearson" ? CorrelationMethod::kPearson
                                                                   : CorrelationMethod::kSpearman);
    for (std::size_t i = 0; i < names.size(); ++i) {
      for (std::size_t j = 0; j < names.size(); ++j) {
        EXPECT_TRUE(close(c.at(names[i], names[j]), golden[method][i][j], 1e-12))
            << names[i] << " x " << names[j];
        worst = std::max(worst,
                         std::abs(c.at(names[i], names[j]) - golden[method][i][j].get<double>()));
      }
    }
  }
  std::printf("Pokemon correlation max abs diff vs pandas: %.3g\n", worst);
}

TEST(CorrelationGolden, SyntheticWithMissingCellsMatchesPandas) {
  const auto golden = test::load_golden("eda.json")["synthetic_correlation"];
  const std::vector<std::string> names = {"a", "b", "c"};
  const Table t = table_from(golden["columns"], names);
  for (const auto* method : {"pearson", "spearman"}) {
    SCOPED_TRACE(method);
    const auto c = correlation(t, std::string(method) == "pearson" ? CorrelationMethod::kPearson
                                                                   : CorrelationMethod::kSpearman);
    for (std::size_t i = 0; i < 3; ++i) {
      for (std::size_t j = 0; j < 3; ++j) {
        EXPECT_TRUE(close(c.at(names[i], names[j]), golden[method][i][j], 1e-12));
      }
    }
  }
}

}  // namespace
}  // namespace mlcore
