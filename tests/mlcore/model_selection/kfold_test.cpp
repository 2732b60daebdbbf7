// KFold and StratifiedKFold against scikit-learn 1.2's folds (tests/golden/model_selection).
#include "mlcore/model_selection/kfold.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "golden.hpp"
#include "mlcore/error.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"

namespace mlcore {
namespace {

using testing::golden;
using ::testing::HasSubstr;
using testing::indices;
using testing::labels;

// Every fold's train side is the ascending complement of its test side.
void expect_partition(const std::vector<Fold>& folds, std::size_t n) {
  std::vector<int> tested(n, 0);
  for (const Fold& fold : folds) {
    EXPECT_TRUE(std::is_sorted(fold.train.begin(), fold.train.end()));
    EXPECT_TRUE(std::is_sorted(fold.test.begin(), fold.test.end()));
    EXPECT_EQ(fold.train.size() + fold.test.size(), n);
    std::set<std::size_t> all(fold.train.begin(), fold.train.end());
    all.insert(fold.test.begin(), fold.test.end());
    EXPECT_EQ(all.size(), n);
    for (std::size_t r : fold.test) ++tested[r];
  }
  for (int t : tested) EXPECT_EQ(t, 1);
}

template <class Make>
void check_against_golden(const char* key, Make make) {
  std::size_t cases = 0;
  const nlohmann::json g = golden("splits.json");
  for (const nlohmann::json& c : g.at(key)) {
    const Vector y = labels(c.at("labels").get<std::string>());
    const auto n = static_cast<std::size_t>(y.size());
    const auto splitter = make(c.at("n_splits").get<std::size_t>(), c.at("shuffle").get<bool>(),
                               c.at("seed").get<std::uint32_t>());
    const std::vector<Fold> folds = splitter.split(n, &y);
    ASSERT_EQ(folds.size(), c.at("test").size());
    for (std::size_t f = 0; f < folds.size(); ++f)
      EXPECT_EQ(folds[f].test, indices(c.at("test")[f]))
          << key << " labels=" << c.at("labels") << " n_splits=" << c.at("n_splits")
          << " shuffle=" << c.at("shuffle") << " seed=" << c.at("seed") << " fold " << f;
    expect_partition(folds, n);
    ++cases;
  }
  EXPECT_EQ(cases, 24u);
}

TEST(KFold, FoldsIdenticalToScikitLearn) {
  check_against_golden("kfold", [](std::size_t k, bool shuffle, std::uint32_t seed) {
    KFoldParams p;
    p.n_splits = k;
    p.shuffle = shuffle;
    p.random_state = seed;
    return KFold(p);
  });
}

TEST(StratifiedKFold, FoldsIdenticalToScikitLearn) {
  check_against_golden("stratified_kfold", [](std::size_t k, bool shuffle, std::uint32_t seed) {
    StratifiedKFoldParams p;
    p.n_splits = k;
    p.shuffle = shuffle;
    p.random_state = seed;
    return StratifiedKFold(p);
  });
}

TEST(KFold, FirstFoldsGetTheExtraRows) {
  const std::vector<Fold> folds = KFold().split(12, nullptr);
  ASSERT_EQ(folds.size(), 5u);
  EXPECT_EQ(folds[0].test, (Indices{0, 1, 2}));
  EXPECT_EQ(folds[1].test, (Indices{3, 4, 5}));
  EXPECT_EQ(folds[4].test, (Indices{10, 11}));
}

TEST(StratifiedKFold, LabelValuesDoNotMatterOnlyTheirPattern) {
  // Codes follow first appearance, so relabeling classes keeps the folds.
  Vector a(10), b(10);
  a << 1, 1, 0, 0, 1, 0, 1, 1, 0, 1;
  b << 7, 7, 3, 3, 7, 3, 7, 7, 3, 7;
  StratifiedKFoldParams p;
  p.n_splits = 2;
  p.shuffle = true;
  p.random_state = 11;
  const StratifiedKFold s(p);
  const auto fa = s.split(10, &a), fb = s.split(10, &b);
  for (std::size_t f = 0; f < 2; ++f) EXPECT_EQ(fa[f].test, fb[f].test);
}

TEST(KFold, ErrorsNameTheProblem) {
  KFoldParams p;
  p.n_splits = 1;
  try {
    KFold k(p);
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "KFoldParams.n_splits must be >= 2 (got 1)");
  }
  EXPECT_THROW(KFold().split(4, nullptr), Error);
  StratifiedKFoldParams sp;
  sp.n_splits = 0;
  EXPECT_THROW(StratifiedKFold{sp}, Error);
  EXPECT_THROW(StratifiedKFold().split(10, nullptr), Error);
  Vector y = Vector::Zero(3);
  try {
    StratifiedKFold().split(4, &y);
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("y has 3 labels, expected 4"));
  }
  Vector tiny(6);
  tiny << 0, 0, 1, 1, 2, 2;  // Every class smaller than 5 folds.
  EXPECT_THROW(StratifiedKFold().split(6, &tiny), Error);
}

}  // namespace
}  // namespace mlcore
