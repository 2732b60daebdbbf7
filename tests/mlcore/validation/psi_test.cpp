#include "mlcore/validation/psi.hpp"

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

TEST(Psi, HandComputedFourBins) {
  // Reference shares 0.25 each; current 0.1, 0.2, 0.3, 0.4.
  //   (0.1 - 0.25) ln(0.1/0.25) = -0.15 * -0.9162907 = 0.1374436
  //   (0.2 - 0.25) ln(0.2/0.25) = -0.05 * -0.2231436 = 0.0111572
  //   (0.3 - 0.25) ln(0.3/0.25) =  0.05 *  0.1823216 = 0.0091161
  //   (0.4 - 0.25) ln(0.4/0.25) =  0.15 *  0.4700036 = 0.0705005
  //   PSI = 0.2282174 (> 0.2: drifted by the default threshold)
  EXPECT_NEAR(psi_from_shares({0.25, 0.25, 0.25, 0.25}, {0.1, 0.2, 0.3, 0.4}), 0.2282174, 1e-7);
  EXPECT_EQ(psi_from_shares({0.25, 0.25, 0.25, 0.25}, {0.1, 0.2, 0.3, 0.4}),
            0.22821740957339182);  // Python's sum of the same four terms
  // Empty bins use epsilon = 1e-4: reference 0.5, 0.5, 0, 0 vs current 0.5, 0.25, 0.25, 0.
  //   bin 2: (0.25 - 0.5) ln(0.5) = 0.1732868; bin 3: (0.25 - 1e-4) ln(2500) = 1.9552291;
  //   bin 4: both epsilon -> 0. PSI = 2.1285159.
  EXPECT_NEAR(psi_from_shares({0.5, 0.5, 0, 0}, {0.5, 0.25, 0.25, 0}), 2.1285159, 1e-7);
  EXPECT_EQ(psi_from_shares({0.3, 0.7}, {0.3, 0.7}), 0.0);
}

TEST(Psi, QuantileEdgesAndRightClosedBins) {
  // 1..10, 4 bins: q(.25) = 3.25, q(.5) = 5.5, q(.75) = 7.75.
  std::vector<double> ref = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
  EXPECT_THAT(quantile_bin_edges(ref, 4), testing::ElementsAre(3.25, 5.5, 7.75));
  // Current values on an edge go to the lower bin; outside the range to the outer bins.
  const NumericPsi p = numeric_psi(ref, {5.5, 5.5, -100, 100}, 4);
  EXPECT_THAT(p.reference_shares, testing::ElementsAre(0.3, 0.2, 0.2, 0.3));
  EXPECT_THAT(p.current_shares, testing::ElementsAre(0.25, 0.5, 0, 0.25));
}

TEST(Psi, TiedReferenceMergesBins) {
  // Nine equal quantiles collapse into one edge: bins (-inf, 2] and (2, inf).
  EXPECT_THAT(quantile_bin_edges({2, 2, 2, 2}, 10), testing::ElementsAre(2.0));
  // All current values above a constant reference: (1e-4 - 1) ln(1e-4) + (1 - 1e-4) ln(1e4).
  EXPECT_NEAR(numeric_psi({2, 2, 2}, {7, 8}).psi, 2 * 0.9999 * std::log(1e4), 1e-12);
  EXPECT_EQ(numeric_psi({2, 2, 2}, {7, 8}, 1).psi, 0.0);
  EXPECT_THAT(
      quantile_bin_edges({1, 1, 1, 1, 1, 1, 1, 1, 2, 3}, 10),
      testing::ElementsAre(1.0, testing::DoubleNear(1.2, 1e-12), testing::DoubleNear(2.1, 1e-12)));
}

TEST(Psi, Errors) {
  EXPECT_THROW(psi_from_shares({0.5, 0.5}, {1.0}), Error);
  EXPECT_THROW(psi_from_shares({1.0}, {1.0}, 0.0), Error);
  EXPECT_THROW(quantile_bin_edges({1, 2}, 0), Error);
  EXPECT_THAT([] { numeric_psi({}, {1}); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("reference sample has no values")));
  EXPECT_THAT([] { numeric_psi({1}, {std::nan("")}); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("current sample has no values")));
}

TEST(CategoricalDrift, SharesTvdAndUnseenCategories) {
  const Table ref = parse_csv("t\na\na\nb\n\n");
  const Table cur = parse_csv("t\nb\nc\nc\na\n");
  const CategoricalDrift d = categorical_drift(ref.column("t"), cur.column("t"));
  ASSERT_EQ(d.categories.size(), 3u);
  EXPECT_EQ(d.categories[0].value, "a");
  EXPECT_DOUBLE_EQ(d.categories[0].reference_share, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(d.categories[0].current_share, 0.25);
  EXPECT_EQ(d.categories[2].value, "c");
  EXPECT_TRUE(d.categories[2].unseen);
  EXPECT_THAT(d.unseen_categories, testing::ElementsAre("c"));
  EXPECT_DOUBLE_EQ(d.unseen_share, 0.5);
  // TVD = 0.5 (|1/4 - 2/3| + |1/4 - 1/3| + |1/2 - 0|) = 0.5 (5/12 + 1/12 + 6/12) = 0.5.
  EXPECT_DOUBLE_EQ(d.total_variation, 0.5);
  const Table num = parse_csv("t\n1\n");
  EXPECT_THAT([&] { categorical_drift(num.column("t"), cur.column("t")); },
              testing::ThrowsMessage<Error>(testing::HasSubstr(
                  "column 't' is numeric in the reference and categorical in the current")));
}

TEST(PsiGolden, PokemonAndSyntheticMatchPythonReference) {
  const auto golden = test::load_golden("psi.json");
  const Table& t = test::pokemon();
  std::vector<std::size_t> ref_rows, cur_rows;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    (t.column("generation").numeric(r) <= 7 ? ref_rows : cur_rows).push_back(r);
  }
  const Table ref = t.take_rows(ref_rows), cur = t.take_rows(cur_rows);
  double worst = 0;
  for (const auto& g : golden["numeric"]) {
    const std::string name = g["column"];
    SCOPED_TRACE(name + " bins " + std::to_string(g["bins"].get<int>()));
    const NumericPsi p = numeric_psi(ref.column(name).numeric_values(),
                                     cur.column(name).numeric_values(), g["bins"]);
    EXPECT_EQ(p.edges, test::numbers(g["edges"]));
    EXPECT_EQ(p.reference_shares, test::numbers(g["reference_shares"]));
    EXPECT_EQ(p.current_shares, test::numbers(g["current_shares"]));
    EXPECT_TRUE(close(p.psi, g["psi"], 1e-12));
    worst = std::max(worst, std::abs(p.psi - g["psi"].get<double>()));
  }
  const auto& s = golden["synthetic"];
  const NumericPsi p = numeric_psi(test::numbers(s["reference"]), test::numbers(s["current"]));
  EXPECT_EQ(p.edges, test::numbers(s["edges"]));
  EXPECT_TRUE(close(p.psi, s["psi"], 1e-12));
  for (const auto& g : golden["categorical"]) {
    const std::string name = g["column"];
    SCOPED_TRACE(name);
    Table a = ref, b = cur;
    if (g.contains("split")) {  // generation 1 vs 2
      std::vector<std::size_t> r1, r2;
      for (std::size_t r = 0; r < t.rows(); ++r) {
        const double gen = t.column("generation").numeric(r);
        if (gen == 1) r1.push_back(r);
        if (gen == 2) r2.push_back(r);
      }
      a = t.take_rows(r1);
      b = t.take_rows(r2);
    }
    const CategoricalDrift d = categorical_drift(a.column(name), b.column(name));
    std::vector<std::string> values;
    std::vector<std::size_t> ref_counts, cur_counts;
    for (const auto& c : d.categories) {
      values.push_back(c.value);
      ref_counts.push_back(c.reference_count);
      cur_counts.push_back(c.current_count);
    }
    EXPECT_EQ(values, g["categories"].get<std::vector<std::string>>());
    EXPECT_EQ(ref_counts, g["reference_counts"].get<std::vector<std::size_t>>());
    EXPECT_EQ(cur_counts, g["current_counts"].get<std::vector<std::size_t>>());
    EXPECT_EQ(d.unseen_categories, g["unseen"].get<std::vector<std::string>>());
    EXPECT_TRUE(close(d.psi, g["psi"], 1e-12));
    EXPECT_TRUE(close(d.total_variation, g["total_variation"], 1e-12));
    EXPECT_TRUE(close(d.unseen_share, g["unseen_share"], 1e-12));
    worst = std::max(worst, std::abs(d.psi - g["psi"].get<double>()));
  }
  std::printf("PSI max abs diff vs Python reference: %.3g\n", worst);
}

}  // namespace
}  // namespace mlcore
