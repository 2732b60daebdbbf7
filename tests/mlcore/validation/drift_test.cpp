#include "mlcore/validation/drift.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "golden_support.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using test::close;
using testing::HasSubstr;

std::pair<Table, Table> pokemon_split() {
  const Table& t = test::pokemon();
  std::vector<std::size_t> ref, cur;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    (t.column("generation").numeric(r) <= 7 ? ref : cur).push_back(r);
  }
  return {t.take_rows(ref), t.take_rows(cur)};
}

TEST(DriftReport, MeanShiftInReferenceStdUnits) {
  // Reference 1, 2, 3: mean 2, sample std 1. Current 4, 5, 6: mean 5, std 1.
  const Table ref = parse_csv("x\n1\n2\n3\n");
  const Table cur = parse_csv("x\n4\n5\n6\n");
  const DriftReport r = drift_report(ref, cur);
  const FeatureDrift& f = r.feature("x");
  EXPECT_EQ(f.numeric.reference_mean, 2.0);
  EXPECT_EQ(f.numeric.reference_std, 1.0);
  EXPECT_EQ(f.numeric.mean_shift, 3.0);
  EXPECT_EQ(f.numeric.std_ratio, 1.0);
  EXPECT_EQ(f.numeric.ks.statistic, 1.0);
  EXPECT_NEAR(f.numeric.ks.pvalue, 0.1, 1e-15);  // 2 / C(6,3): not below 0.01
  // All current values above the reference's top edge: PSI far above 0.2.
  EXPECT_GT(f.psi, 0.2);
  EXPECT_TRUE(f.drifted);
  ASSERT_EQ(f.reasons.size(), 1u);
  EXPECT_THAT(f.reasons[0], HasSubstr("psi "));
}

TEST(DriftReport, ConstantReferenceAndEmptyColumns) {
  const Table ref = parse_csv("x,y\n2,1\n2,\n");
  const Table cur = parse_csv("x,y\n2,\n3,\n");
  const DriftReport r = drift_report(ref, cur);
  EXPECT_EQ(r.feature("x").numeric.mean_shift, INFINITY);  // std 0, means differ
  EXPECT_TRUE(std::isnan(r.feature("y").psi));
  EXPECT_FALSE(r.feature("y").drifted);
  EXPECT_THAT(r.feature("y").reasons,
              testing::ElementsAre("no present values in the current table"));
}

TEST(DriftReport, ColumnSetsAndErrors) {
  const Table ref = parse_csv("a,b,c\n1,x,1\n2,y,2\n");
  const Table cur = parse_csv("b,a,d,c\nx,1,5,u\ny,3,6,v\n");
  DriftOptions o;
  o.columns = {"a"};
  const DriftReport r = drift_report(ref, cur, o);
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_THAT(r.only_in_reference, testing::IsEmpty());
  EXPECT_THAT(r.only_in_current, testing::ElementsAre("d"));
  EXPECT_THAT([&] { r.feature("b"); },
              testing::ThrowsMessage<Error>(HasSubstr("drift report has no column 'b'")));
  o.columns = {"zz"};
  EXPECT_THAT([&] { drift_report(ref, cur, o); },
              testing::ThrowsMessage<Error>(
                  HasSubstr("unknown column 'zz' in the reference table (columns: a, b, c)")));
  o.columns = {"d"};
  EXPECT_THAT([&] { drift_report(ref, cur, o); },
              testing::ThrowsMessage<Error>(HasSubstr("unknown column 'd' in the reference")));
  o.columns = {};
  EXPECT_THAT([&] { drift_report(ref, cur, o); },
              testing::ThrowsMessage<Error>(HasSubstr(
                  "column 'c' is numeric in the reference table but categorical in the current "
                  "table")));
  o.psi_bins = 0;
  EXPECT_THAT([&] { drift_report(ref, cur, o); },
              testing::ThrowsMessage<Error>(HasSubstr("DriftOptions.psi_bins must be >= 1")));
  o = DriftOptions{};
  o.ks_pvalue_threshold = 2;
  EXPECT_THAT([&] { o.validate(); },
              testing::ThrowsMessage<Error>(HasSubstr("ks_pvalue_threshold must be in [0, 1]")));
}

TEST(DriftGolden, PokemonGenerationsOneToSevenVersusEightNine) {
  const auto [ref, cur] = pokemon_split();
  const DriftReport r = drift_report(ref, cur);
  EXPECT_EQ(r.features.size(), ref.cols());
  const auto ks = test::load_golden("ks.json")["cases"];
  const auto psi = test::load_golden("psi.json");
  for (const auto& c : ks) {
    if (!c.contains("column")) continue;
    const FeatureDrift& f = r.feature(c["column"]);
    SCOPED_TRACE(f.column);
    EXPECT_EQ(f.numeric.ks.statistic, c["statistic"].get<double>());
    EXPECT_TRUE(close(f.numeric.ks.pvalue, c["pvalue"], 1e-10));
    if (f.numeric.ks.pvalue < 0.01) {
      EXPECT_TRUE(f.drifted);
    }
  }
  for (const auto& g : psi["numeric"]) {
    if (g["bins"].get<int>() != 10) continue;
    const FeatureDrift& f = r.feature(g["column"]);
    EXPECT_TRUE(close(f.psi, g["psi"], 1e-12)) << f.column;
    EXPECT_EQ(f.drifted, f.psi > 0.2 || f.numeric.ks.pvalue < 0.01) << f.column;
  }
  // Real drift: later generations have higher stats (hp KS p = 7.4e-4) and new type mixes.
  EXPECT_TRUE(r.feature("hp").drifted);
  EXPECT_TRUE(r.feature("base_total").drifted);
  EXPECT_FALSE(r.feature("weight_kg").drifted);  // KS p = 0.075, PSI 0.193: just under both
  EXPECT_TRUE(r.feature("type1").drifted);       // PSI 0.26 over 18 types
  EXPECT_FALSE(r.feature("is_legendary").drifted);
  EXPECT_EQ(r.feature("type1").type, ColumnType::kCategorical);
  EXPECT_EQ(r.feature("type2").current_missing, cur.column("type2").missing_count());
}

}  // namespace
}  // namespace mlcore
