// train_test_split against scikit-learn 1.2's train_test_split (tests/golden/model_selection).
#include "mlcore/data/train_test_split.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "golden.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using testing::golden;
using ::testing::HasSubstr;
using testing::indices;
using testing::labels;

TEST(TrainTestSplit, IndicesIdenticalToScikitLearn) {
  std::size_t stratified = 0, plain = 0;
  const nlohmann::json g = golden("splits.json");
  for (const nlohmann::json& c : g.at("train_test_split")) {
    const Vector y = labels(c.at("labels").get<std::string>());
    const bool strat = c.at("stratify").get<bool>();
    const TrainTestSplit s =
        train_test_split(static_cast<std::size_t>(y.size()), c.at("test_size").get<double>(),
                         c.at("seed").get<std::uint32_t>(), strat ? &y : nullptr);
    const std::string what = c.at("labels").get<std::string>() + (strat ? " stratified" : "") +
                             " test_size=" + c.at("test_size").dump() +
                             " seed=" + c.at("seed").dump();
    EXPECT_EQ(s.train, indices(c.at("train"))) << what;
    EXPECT_EQ(s.test, indices(c.at("test"))) << what;
    (strat ? stratified : plain)++;
  }
  EXPECT_EQ(stratified, 27u);
  EXPECT_EQ(plain, 27u);
}

TEST(TrainTestSplit, StratifiedKeepsClassShares) {
  Vector y(100);
  for (Eigen::Index i = 0; i < 100; ++i) y[i] = i < 80 ? 1.0 : 0.0;
  const TrainTestSplit s = train_test_split(100, 0.25, 3, &y);
  std::map<double, int> test_counts;
  for (std::size_t r : s.test) ++test_counts[y[static_cast<Eigen::Index>(r)]];
  EXPECT_EQ(test_counts[1.0], 20);
  EXPECT_EQ(test_counts[0.0], 5);
  EXPECT_EQ(s.train.size(), 75u);
}

TEST(TrainTestSplit, ErrorsNameTheProblem) {
  EXPECT_THROW(train_test_split(10, 0.0, 0), Error);
  EXPECT_THROW(train_test_split(10, 1.0, 0), Error);
  EXPECT_THROW(train_test_split(1, 0.5, 0), Error);  // Empty train side.
  Vector y(4);
  y << 0, 0, 0, 1;
  try {
    train_test_split(4, 0.5, 0, &y);
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("only 1 member"));
  }
  Vector short_y = Vector::Zero(3);
  EXPECT_THROW(train_test_split(4, 0.5, 0, &short_y), Error);
}

}  // namespace
}  // namespace mlcore
