#include "mlcore/validation/ks_test.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "golden_support.hpp"
#include "mlcore/error.hpp"
#include "validation/kolmogorov.hpp"

namespace mlcore {
namespace {

using test::close;

std::vector<double> column_values(const Table& t, const std::string& name) {
  std::vector<double> out;
  const Column& c = t.column(name);
  for (std::size_t r = 0; r < c.size(); ++r) out.push_back(c.numeric(r));
  return out;
}

// The Pokémon split used by every drift golden: generation <= 7 vs >= 8.
std::pair<Table, Table> pokemon_split() {
  const Table& t = test::pokemon();
  std::vector<std::size_t> ref, cur;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    (t.column("generation").numeric(r) <= 7 ? ref : cur).push_back(r);
  }
  return {t.take_rows(ref), t.take_rows(cur)};
}

TEST(KsTest, HandComputedStatisticOnTinySamples) {
  // Pooled sorted: 1 2 3 3 4 4 5. F1 - F2 at 1: 1/4; 2: 2/4; 3: 3/4 - 1/3; 4: 1 - 2/3; 5: 0.
  // D = max = 1/2. (p-value 0.657142857... from scipy's exact path.)
  const KsResult r = ks_2samp({4, 1, 3, 2}, {5, 3, 4});
  EXPECT_EQ(r.statistic, 0.5);
  EXPECT_EQ(r.method_used, KsMethod::kExact);
  EXPECT_TRUE(close(r.pvalue, 0.6571428571428571, 1e-15));
  // Disjoint samples of 3: D = 1; exactly 2 of the C(6,3) = 20 orderings are as extreme.
  const KsResult d = ks_2samp({1, 2, 3}, {4, 5, 6});
  EXPECT_EQ(d.statistic, 1.0);
  EXPECT_NEAR(d.pvalue, 0.1, 1e-15);
  // Identical samples: D = 0, p = 1.
  EXPECT_EQ(ks_2samp({1, 2, 2}, {2, 1, 2}).pvalue, 1.0);
}

TEST(KsTest, StatisticIsSymmetricAndTiesAreExact) {
  const std::vector<double> a = {1, 1, 1, 2, 2, 3};
  const std::vector<double> b = {1, 2, 2, 2, 3, 3};
  // At 1: 3/6 - 1/6 = 1/3; at 2: 5/6 - 4/6; at 3: 0 -> D = 1/3.
  EXPECT_DOUBLE_EQ(ks_2samp(a, b).statistic, 1.0 / 3.0);
  EXPECT_EQ(ks_2samp(a, b).pvalue, ks_2samp(b, a).pvalue);
}

TEST(KsTest, RejectsEmptyAndNaN) {
  EXPECT_THAT([] { ks_2samp({}, {1}); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("sample1 must not be empty")));
  EXPECT_THAT(
      [] {
        ks_2samp({1}, {1, std::nan("")});
      },
      testing::ThrowsMessage<Error>(testing::HasSubstr("sample2 contains NaN")));
}

TEST(KsGolden, MatchesScipyKs2samp) {
  const auto golden = test::load_golden("ks.json");
  const auto [ref, cur] = pokemon_split();
  double worst_exact = 0, worst_asymp = 0;
  for (const auto& c : golden["cases"]) {
    const std::string name = c["name"];
    SCOPED_TRACE(name + " (" + c["branch"].get<std::string>() + ")");
    std::vector<double> a, b;
    if (c.contains("column")) {
      a = column_values(ref, c["column"]);
      b = column_values(cur, c["column"]);
    } else {
      a = test::numbers(c["sample1"]);
      b = test::numbers(c["sample2"]);
    }
    const std::string method = c["method"];
    const KsResult r = ks_2samp(a, b,
                                method == "exact"   ? KsMethod::kExact
                                : method == "asymp" ? KsMethod::kAsymptotic
                                                    : KsMethod::kAuto);
    const double expected = test::number(c["pvalue"]);
    EXPECT_EQ(r.statistic, c["statistic"].get<double>());
    const bool exact = c["branch"].get<std::string>().rfind("exact", 0) == 0;
    EXPECT_EQ(r.method_used, exact ? KsMethod::kExact : KsMethod::kAsymptotic);
    const double rel = std::abs(r.pvalue - expected) / std::max(expected, 1e-300);
    (exact ? worst_exact : worst_asymp) = std::max(exact ? worst_exact : worst_asymp, rel);
    // Exact path: scipy's arithmetic step for step; asymptotic: same method, own arithmetic.
    EXPECT_LE(rel, 1e-10) << "p " << r.pvalue << " vs " << expected;
  }
  std::printf("KS p-value max relative diff vs scipy: exact %.3g, asymptotic %.3g\n", worst_exact,
              worst_asymp);
}

TEST(KsGolden, KolmogorovDistributionMatchesScipyKstwo) {
  const auto golden = test::load_golden("ks.json")["kstwo_sf"];
  double worst = 0;
  for (const auto& g : golden) {
    const long n = g["n"];
    const double d = g["d"];
    const double expected = g["sf"];
    const double got = internal::kolmogorov_two_sided_sf(n, d);
    const double diff = std::abs(got - expected);
    // Relative where the tail is small; absolute 1e-13 near sf = 1 (cancellation in 1 - cdf).
    worst = std::max(worst, diff / std::max(expected, 1e-300));
    EXPECT_TRUE(diff <= 1e-10 * expected || diff <= 1e-13)
        << "n=" << n << " d=" << d << ": " << got << " vs " << expected;
  }
  std::printf("kstwo.sf max relative diff vs scipy: %.3g\n", worst);
}

}  // namespace
}  // namespace mlcore
