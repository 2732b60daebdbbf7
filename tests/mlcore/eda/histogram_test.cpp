#include "mlcore/eda/histogram.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "golden_support.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

TEST(Histogram, HandComputedEdgesAndClosedLastBin) {
  // Range [0, 4], 4 bins of width 1: edges 0,1,2,3,4. 1 and 2 open their bins; 4 is in the last.
  const Histogram h = histogram({0, 1, 1.5, 2, 4, 4}, 4);
  EXPECT_THAT(h.edges, testing::ElementsAre(0, 1, 2, 3, 4));
  EXPECT_THAT(h.counts, testing::ElementsAre(1, 2, 1, 2));
}

TEST(Histogram, ConstantValuesWidenByHalf) {
  const Histogram h = histogram({3, 3, 3}, 2);
  EXPECT_THAT(h.edges, testing::ElementsAre(2.5, 3, 3.5));
  EXPECT_THAT(h.counts, testing::ElementsAre(0, 3));  // 3 sits on the middle edge
}

TEST(Histogram, SkipsMissingAndRejectsBadInput) {
  const Table t = parse_csv("x,name\n1,a\n,b\nnan,c\n2,d\n");
  const Histogram h = histogram(t.column("x"), 1);
  EXPECT_THAT(h.counts, testing::ElementsAre(2));
  EXPECT_THAT([&] { histogram(t.column("name")); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("column 'name' is categorical")));
  EXPECT_THROW(histogram({1, 2}, 0), Error);
  EXPECT_THROW(histogram({1, HUGE_VAL}, 3), Error);
  EXPECT_THROW(histogram(std::vector<double>{}, 3), Error);
}

TEST(HistogramGolden, PokemonMatchesNumpy) {
  const auto golden = test::load_golden("eda.json")["histograms"];
  for (const auto& g : golden) {
    const std::string name = g["column"];
    SCOPED_TRACE(name);
    const Histogram h = histogram(test::pokemon().column(name), g["bins"].get<std::size_t>());
    // numpy.linspace's arithmetic is reproduced: edges are bit-identical, so counts are too.
    EXPECT_EQ(h.edges, test::numbers(g["edges"]));
    EXPECT_EQ(h.counts, g["counts"].get<std::vector<std::size_t>>());
  }
}

}  // namespace
}  // namespace mlcore
