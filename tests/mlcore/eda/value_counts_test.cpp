#include "mlcore/eda/value_counts.hpp"

#include <gtest/gtest.h>

#include "golden_support.hpp"

namespace mlcore {
namespace {

TEST(ValueCounts, CountDescendingThenFirstAppearance) {
  const Table t = parse_csv("c\nb\na\nc\na\nb\n\nd\n");
  const auto counts = value_counts(t.column("c"));
  ASSERT_EQ(counts.size(), 4u);
  EXPECT_EQ(counts[0].value, "b");  // b and a both 2: b appears first
  EXPECT_EQ(counts[0].count, 2u);
  EXPECT_EQ(counts[1].value, "a");
  EXPECT_EQ(counts[2].value, "c");
  EXPECT_EQ(counts[3].value, "d");
  EXPECT_DOUBLE_EQ(counts[0].proportion, 2.0 / 6.0);
}

TEST(ValueCounts, MissingEntryOnRequest) {
  const Table t = parse_csv("c\nx\n\n\ny\n");
  const auto counts = value_counts(t.column("c"), ValueCountsOptions{true});
  ASSERT_EQ(counts.size(), 3u);
  EXPECT_TRUE(counts[0].missing);
  EXPECT_EQ(counts[0].count, 2u);
  EXPECT_DOUBLE_EQ(counts[0].proportion, 0.5);
  EXPECT_EQ(value_counts(t.column("c")).size(), 2u);
}

TEST(ValueCounts, NumbersAndBooleansAsText) {
  const Table t = parse_csv("n,b\n1.5,true\n-0,false\n0,true\nnan,true\n");
  const auto n = value_counts(t.column("n"));
  ASSERT_EQ(n.size(), 2u);  // -0 and 0 are one value; NaN counts as missing
  EXPECT_EQ(n[0].value, "-0");
  EXPECT_EQ(n[0].count, 2u);
  EXPECT_EQ(n[1].value, "1.5");
  const auto b = value_counts(t.column("b"));
  EXPECT_EQ(b[0].value, "true");
  EXPECT_EQ(b[0].count, 3u);
}

TEST(ValueCountsGolden, PokemonMatchesPandas) {
  const auto golden = test::load_golden("eda.json")["value_counts"];
  for (const auto& item : golden.items()) {
    SCOPED_TRACE(item.key());
    const auto counts = value_counts(test::pokemon().column(item.key()));
    ASSERT_EQ(counts.size(), item.value().size());
    for (std::size_t i = 0; i < counts.size(); ++i) {
      EXPECT_EQ(counts[i].value, item.value()[i]["value"].get<std::string>());
      EXPECT_EQ(counts[i].count, item.value()[i]["count"].get<std::size_t>());
    }
  }
}

}  // namespace
}  // namespace mlcore
