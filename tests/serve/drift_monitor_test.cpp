#include "serve/drift_monitor.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace course::serve {
namespace {

mlcore::Table numbers(const std::vector<double>& values) {
  mlcore::Column column("x", mlcore::ColumnType::kNumeric);
  for (double v : values) column.push_numeric(v);
  mlcore::Table t;
  t.add_column(std::move(column));
  return t;
}

std::vector<double> range(double from, int n, double step = 1) {
  std::vector<double> v;
  for (int i = 0; i < n; ++i) v.push_back(from + step * i);
  return v;
}

TEST(DriftMonitor, DisabledWithoutReference) {
  DriftMonitor m(nullptr, 10, 5, {});
  m.observe(numbers({1, 2, 3}));
  const DriftSnapshot s = m.snapshot();
  EXPECT_FALSE(s.enabled);
  EXPECT_TRUE(s.features.empty());
}

TEST(DriftMonitor, WarmsUpThenScores) {
  const mlcore::Table reference = numbers(range(0, 100));
  DriftMonitor m(&reference, 50, 20, {});
  m.observe(numbers(range(0, 19)));
  EXPECT_FALSE(m.snapshot().ready);
  m.observe(numbers({50}));
  const DriftSnapshot s = m.snapshot();
  EXPECT_TRUE(s.ready);
  EXPECT_EQ(s.window_records, 20u);
  ASSERT_EQ(s.features.size(), 1u);
}

TEST(DriftMonitor, WindowKeepsTheMostRecentRecordsAndReportsACrossingOnce) {
  const mlcore::Table reference = numbers(range(0, 100));
  DriftMonitor m(&reference, 50, 20, {});
  m.observe(numbers(range(0, 50)));  // Like the reference's lower half: some shift already.
  m.snapshot();
  m.observe(numbers(range(1000, 50)));  // Replaces the whole window: far outside.
  const DriftSnapshot hot = m.snapshot();
  EXPECT_EQ(hot.window_records, 50u);
  EXPECT_EQ(hot.records_seen, 100u);
  ASSERT_TRUE(hot.features[0].drifted);
  // Every value above the reference maximum lands in the last of 10 bins: PSI =
  // (1 - 0.1) ln(1 / 0.1) + 9 (1e-4 - 0.1) ln(1e-4 / 0.1) (plain arithmetic, psi.hpp's formula).
  const double expected = 0.9 * std::log(10.0) + 9 * (1e-4 - 0.1) * std::log(1e-3);
  EXPECT_NEAR(hot.features[0].psi, expected, 1e-9);
  m.observe(numbers({1001}));
  const DriftSnapshot again = m.snapshot();
  EXPECT_TRUE(again.features[0].drifted);
  EXPECT_TRUE(again.newly_drifted.empty());  // Already reported.
  m.observe(numbers(range(0, 50, 2)));       // 0, 2, …, 98: every reference bin's share again.
  const DriftSnapshot calm = m.snapshot();
  EXPECT_NEAR(calm.features[0].psi, 0, 1e-12);
  EXPECT_FALSE(calm.features[0].drifted);
  EXPECT_EQ(calm.recovered, std::vector<std::string>{"x"});
}

}  // namespace
}  // namespace course::serve
