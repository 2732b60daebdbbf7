// RandomState against numpy 1.24's legacy RandomState (tests/golden/model_selection).
#include "mlcore/data/random_state.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "golden.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using testing::golden;
using testing::indices;

class RandomStateGolden : public ::testing::TestWithParam<std::size_t> {};

TEST_P(RandomStateGolden, MatchesNumpyBitForBit) {
  const nlohmann::json entry = golden("random_state.json").at("seeds").at(GetParam());
  const auto seed = entry.at("seed").get<std::uint32_t>();
  for (const auto& [n, perm] : entry.at("permutation").items())
    EXPECT_EQ(RandomState(seed).permutation(std::stoul(n)), indices(perm)) << "n=" << n;

  RandomState samples(seed);
  for (const auto& expected : entry.at("random_sample"))
    EXPECT_EQ(samples.random_sample(), expected.get<double>());  // Bit-identical, not close.

  auto check_randint = [&](const char* key, std::int64_t low, std::int64_t high) {
    RandomState rs(seed);
    for (const auto& expected : entry.at(key))
      EXPECT_EQ(rs.randint(low, high), expected.get<std::int64_t>()) << key;
  };
  check_randint("randint_0_10", 0, 10);
  check_randint("randint_m5_1000003", -5, 1000003);
  check_randint("randint_0_2p32", 0, std::int64_t{1} << 32);
  check_randint("randint_0_2p40", 0, std::int64_t{1} << 40);

  RandomState uniform(seed);
  for (const auto& expected : entry.at("uniform_m2_3"))
    EXPECT_EQ(uniform.uniform(-2.0, 3.0), expected.get<double>());

  // One stream, calls interleaved as in the Python program.
  const nlohmann::json& mixed = entry.at("mixed");
  RandomState rs(seed);
  EXPECT_EQ(rs.permutation(10), indices(mixed.at("perm10")));
  EXPECT_EQ(rs.random_sample(), mixed.at("sample").get<double>());
  EXPECT_EQ(rs.randint(5, 17), mixed.at("randint_5_17").get<std::int64_t>());
  EXPECT_EQ(rs.permutation(3), indices(mixed.at("perm3")));
  EXPECT_EQ(rs.uniform(1.0, 2.0), mixed.at("uniform_1_2").get<double>());
  std::vector<int> values = {3, 1, 4, 1, 5, 9, 2, 6};
  rs.shuffle(values);
  EXPECT_EQ(values, mixed.at("shuffled").get<std::vector<int>>());
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomStateGolden, ::testing::Range<std::size_t>(0, 5));

TEST(RandomState, InitByArrayMatchesNumpyArraySeed) {
  const nlohmann::json g = golden("random_state.json").at("init_by_array");
  RandomState rs = RandomState::from_array(g.at("key").get<std::vector<std::uint32_t>>());
  for (const auto& expected : g.at("random_sample"))
    EXPECT_EQ(rs.random_sample(), expected.get<double>());
}

TEST(RandomState, KnownFirstOutputsOfSeedZero) {
  // Hand-checked anchor: numpy.random.RandomState(0).random_sample() == 0.5488135039273248.
  RandomState rs(0);
  EXPECT_EQ(rs.random_sample(), 0.5488135039273248);
}

TEST(RandomState, CopiesAreIndependentStreams) {
  RandomState a(9);
  a.next_uint32();
  RandomState b = a;
  EXPECT_EQ(a.next_uint64(), b.next_uint64());
}

TEST(RandomState, EmptyAndSingletonShufflesDrawNothing) {
  RandomState a(5), b(5);
  std::vector<int> empty, one = {7};
  a.shuffle(empty);
  a.shuffle(one);
  EXPECT_EQ(one, std::vector<int>{7});
  EXPECT_EQ(a.next_uint32(), b.next_uint32());
}

TEST(RandomState, ErrorsNameTheProblem) {
  RandomState rs(1);
  EXPECT_THROW(rs.randint(3, 3), Error);
  EXPECT_THROW(rs.choice_without_replacement(2, 3), Error);
  EXPECT_THROW(RandomState::from_array({}), Error);
  EXPECT_EQ(rs.choice_without_replacement(4, 4).size(), 4u);
}

}  // namespace
}  // namespace mlcore
