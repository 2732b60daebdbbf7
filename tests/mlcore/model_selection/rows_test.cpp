// Row selection and label encoding (mlcore/data/rows.hpp, label_encode.hpp).
#include "mlcore/data/rows.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "golden.hpp"
#include "mlcore/data/label_encode.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::pokemon;

// Whether the mapping holding `address` carries MADV_HUGEPAGE ("hg" in smaps' VmFlags).
bool advised_huge(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  const auto at = reinterpret_cast<std::uintptr_t>(address);
  bool inside = false;
  for (std::string line; std::getline(smaps, line);) {
    std::uintptr_t begin = 0, end = 0;
    char dash = 0;
    std::istringstream head(line);
    if (head >> std::hex >> begin >> dash >> end && dash == '-' && line.find(':') > 12) {
      inside = begin <= at && at < end;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return (line + " ").find(" hg ") != std::string::npos;
    }
  }
  return false;
}

TEST(Rows, LargeCopiesAskForHugePages) {
  // numpy's practice: a cross-validation fold copy faulted in 4 KiB at a time cost more than the
  // fit on 100k x 50 (bench/README.md). The advice, not the kernel's answer, is what is tested.
  if (!std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled"))
    GTEST_SKIP() << "this kernel has no transparent huge pages: madvise refuses the advice";
  Matrix X = Matrix::Constant(200000, 10, 1.0);  // 16 MB.
  Indices all(200000);
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const Matrix copy = take_rows(X, all);
  const auto aligned = (reinterpret_cast<std::uintptr_t>(copy.data()) + (1u << 21) - 1) &
                       ~std::uintptr_t{(1u << 21) - 1};
  EXPECT_TRUE(advised_huge(reinterpret_cast<const void*>(aligned)));
  EXPECT_EQ(copy(199999, 9), 1.0);
  const Matrix small = take_rows(X, {0, 1, 2});  // Far below 4 MiB: left alone.
  EXPECT_FALSE(advised_huge(small.data()));
}

TEST(Rows, TakeRowsKeepsOrderAndRepeats) {
  Matrix X(3, 2);
  X << 1, 2, 3, 4, 5, 6;
  const Matrix picked = take_rows(X, {2, 0, 2});
  EXPECT_EQ(picked.rows(), 3);
  EXPECT_EQ(picked(0, 1), 6);
  EXPECT_EQ(picked(1, 0), 1);
  Vector y(3);
  y << 7, 8, 9;
  EXPECT_EQ(take_rows(y, {1})[0], 8);
  EXPECT_THROW(take_rows(X, {3}), Error);
  EXPECT_THROW(take_rows(y, {5}), Error);
}

TEST(Rows, FilterRowsOnRealData) {
  const Table legendary = filter_rows(
      pokemon(), [](const Table& t, std::size_t r) { return t.column("is_legendary").boolean(r); });
  EXPECT_EQ(legendary.rows(), 71u);  // pandas: df.is_legendary.sum() == 71.
  EXPECT_EQ(legendary.cols(), pokemon().cols());
  const Indices fire = rows_where(
      pokemon(), [](const Table& t, std::size_t r) { return t.column("type1").text(r) == "Fire"; });
  EXPECT_TRUE(std::is_sorted(fire.begin(), fire.end()));
  EXPECT_EQ(pokemon().column("name").text(fire.front()), "Charmander");
}

TEST(LabelEncode, TextSortedLikeNumpyUnique) {
  const LabelEncoding e = label_encode(pokemon().column("type1"));
  EXPECT_EQ(e.classes.size(), 18u);
  EXPECT_EQ(e.classes.front(), "Bug");
  EXPECT_EQ(e.classes.back(), "Water");
  EXPECT_EQ(e.numeric_classes.size(), 0);
  EXPECT_EQ(e.classes[static_cast<std::size_t>(e.codes[0])], "Grass");  // Bulbasaur.
}

TEST(LabelEncode, NumbersAndBooleansSortedByValue) {
  Column c("y", ColumnType::kNumeric);
  for (double v : {7.0, 3.0, 7.0, -1.5}) c.push_numeric(v);
  const LabelEncoding e = label_encode(c);
  EXPECT_THAT(e.classes, ElementsAre("-1.5", "3", "7"));
  EXPECT_EQ(e.numeric_classes[2], 7.0);
  EXPECT_EQ(e.codes, (Vector(4) << 2, 1, 2, 0).finished());
  const LabelEncoding b = label_encode(pokemon().column("is_legendary"));
  EXPECT_THAT(b.classes, ElementsAre("false", "true"));
}

TEST(LabelEncode, MissingLabelIsAnError) {
  Column c("target", ColumnType::kCategorical);
  c.push_text("a");
  c.push_missing();
  try {
    label_encode(c);
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("column 'target' has a missing label at row 1"));
  }
}

}  // namespace
}  // namespace mlcore
