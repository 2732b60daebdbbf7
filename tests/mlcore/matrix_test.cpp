#include "mlcore/matrix.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "mlcore/csv.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;

template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected an mlcore::Error";
  return "";
}

const Table& pokemon() {
  static const Table table = parse_csv(
      "name,hp,attack,legendary,speed\n"
      "Bulbasaur,45,49,false,45\n"
      "Mewtwo,106,110,true,\n"
      "Pikachu,35,55,false,90\n");
  return table;
}

TEST(ToMatrix, ColumnsInTheRequestedOrder) {
  const Eigen::MatrixXd m = to_matrix(pokemon(), {"attack", "hp"});
  ASSERT_EQ(m.rows(), 3);
  ASSERT_EQ(m.cols(), 2);
  Eigen::MatrixXd expected(3, 2);
  expected << 49, 45, 110, 106, 55, 35;
  EXPECT_EQ(m, expected);
}

TEST(ToMatrix, BooleansBecomeZeroAndOne) {
  const Eigen::MatrixXd m = to_matrix(pokemon(), {"legendary"});
  EXPECT_EQ(m(0, 0), 0.0);
  EXPECT_EQ(m(1, 0), 1.0);
  EXPECT_EQ(m(2, 0), 0.0);
}

TEST(ToMatrix, NoColumnsGivesAnEmptyMatrixWithTheRows) {
  const Eigen::MatrixXd m = to_matrix(pokemon(), {});
  EXPECT_EQ(m.rows(), 3);
  EXPECT_EQ(m.cols(), 0);
}

TEST(ToMatrix, CategoricalColumnIsNamed) {
  const std::string message = error_of([] { to_matrix(pokemon(), {"hp", "name"}); });
  EXPECT_THAT(message, HasSubstr("'name' is categorical"));
}

TEST(ToMatrix, MissingCellIsNamedWithItsRow) {
  const std::string message = error_of([] { to_matrix(pokemon(), {"hp", "speed"}); });
  EXPECT_THAT(message, HasSubstr("'speed'"));
  EXPECT_THAT(message, HasSubstr("missing value at row 1"));
}

TEST(ToMatrix, UnknownColumnListsTheAvailableOnes) {
  const std::string message = error_of([] { to_matrix(pokemon(), {"defense"}); });
  EXPECT_THAT(message, HasSubstr("'defense'"));
  EXPECT_THAT(message, HasSubstr("'attack'"));
}

TEST(ToMatrix, PresentNanIsAValue) {
  const Table t = parse_csv("x\n1\nnan\n");
  const Eigen::MatrixXd m = to_matrix(t, {"x"});
  EXPECT_TRUE(std::isnan(m(1, 0)));
}

TEST(ToVector, NumericAndBoolean) {
  const Eigen::VectorXd hp = to_vector(pokemon().column("hp"));
  ASSERT_EQ(hp.size(), 3);
  EXPECT_EQ(hp(0), 45.0);
  EXPECT_EQ(hp(2), 35.0);
  const Eigen::VectorXd legendary = to_vector(pokemon().column("legendary"));
  EXPECT_EQ(legendary(1), 1.0);
  EXPECT_EQ(legendary.sum(), 1.0);
}

TEST(ToVector, SameErrorsAsToMatrix) {
  EXPECT_THAT(error_of([] { to_vector(pokemon().column("name")); }),
              HasSubstr("'name' is categorical"));
  EXPECT_THAT(error_of([] { to_vector(pokemon().column("speed")); }),
              HasSubstr("missing value at row 1"));
}

TEST(ToVector, EmptyColumn) { EXPECT_EQ(to_vector(Column("x", ColumnType::kNumeric)).size(), 0); }

}  // namespace
}  // namespace mlcore
