#include "mlcore/table.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The what() of the mlcore::Error that f throws, or a test failure when it throws none.
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

Column numbers(const std::string& name, const std::vector<double>& values) {
  Column column(name, ColumnType::kNumeric);
  for (double v : values) column.push_numeric(v);
  return column;
}

Column texts(const std::string& name, const std::vector<std::string>& values) {
  Column column(name, ColumnType::kCategorical);
  for (const std::string& v : values) column.push_text(v);
  return column;
}

TEST(ColumnTypeName, NamesEveryType) {
  EXPECT_STREQ(column_type_name(ColumnType::kNumeric), "numeric");
  EXPECT_STREQ(column_type_name(ColumnType::kCategorical), "categorical");
  EXPECT_STREQ(column_type_name(ColumnType::kBoolean), "boolean");
}

TEST(Column, NumericCellsAndMissing) {
  Column c("price", ColumnType::kNumeric);
  c.push_numeric(1.5);
  c.push_missing();
  c.push_numeric(-2.0);
  EXPECT_EQ(c.name(), "price");
  EXPECT_EQ(c.type(), ColumnType::kNumeric);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c.numeric(0), 1.5);
  EXPECT_TRUE(std::isnan(c.numeric(1)));
  EXPECT_TRUE(c.is_missing(1));
  EXPECT_FALSE(c.is_missing(0));
  EXPECT_EQ(c.missing_count(), 1u);
  ASSERT_EQ(c.numeric_values().size(), 3u);
  EXPECT_EQ(c.numeric_values()[2], -2.0);
}

TEST(Column, PresentNanIsNotMissing) {
  Column c("x", ColumnType::kNumeric);
  c.push_numeric(std::nan(""));
  EXPECT_FALSE(c.is_missing(0));
  EXPECT_EQ(c.missing_count(), 0u);
}

TEST(Column, CategoricalMissingReadsAsEmptyText) {
  Column c("type", ColumnType::kCategorical);
  c.push_text(" Fire");
  c.push_missing();
  EXPECT_EQ(c.text(0), " Fire");
  EXPECT_EQ(c.text(1), "");
  EXPECT_TRUE(c.is_missing(1));
  EXPECT_THAT(c.text_values(), ElementsAre(" Fire", ""));
}

TEST(Column, BooleanCellsAndMissing) {
  Column c("legendary", ColumnType::kBoolean);
  c.push_boolean(true);
  c.push_boolean(false);
  c.push_missing();
  EXPECT_TRUE(c.boolean(0));
  EXPECT_FALSE(c.boolean(1));
  EXPECT_FALSE(c.boolean(2));
  EXPECT_TRUE(c.is_missing(2));
  EXPECT_THAT(c.numeric_values(), ElementsAre(1.0, 0.0, 0.0));
}

TEST(Column, TypedAccessOfTheWrongTypeNamesTheColumn) {
  Column c = texts("type", {"Fire"});
  const std::string message = error_of([&] { c.numeric(0); });
  EXPECT_THAT(message, HasSubstr("'type'"));
  EXPECT_THAT(message, HasSubstr("categorical"));
  EXPECT_THAT(error_of([&] { c.boolean(0); }), HasSubstr("'type'"));
  EXPECT_THAT(error_of([&] { c.numeric_values(); }), HasSubstr("'type'"));
  Column n = numbers("hp", {1});
  EXPECT_THAT(error_of([&] { n.text(0); }), HasSubstr("'hp' is numeric"));
  EXPECT_THAT(error_of([&] { n.text_values(); }), HasSubstr("'hp'"));
  EXPECT_THAT(error_of([&] { n.boolean(0); }), HasSubstr("'hp'"));
  Column b("flag", ColumnType::kBoolean);
  b.push_boolean(true);
  EXPECT_THAT(error_of([&] { b.numeric(0); }), HasSubstr("'flag' is boolean"));
}

TEST(Column, PushOfTheWrongTypeThrows) {
  Column n("hp", ColumnType::kNumeric);
  EXPECT_THAT(error_of([&] { n.push_text("x"); }), HasSubstr("'hp'"));
  EXPECT_THAT(error_of([&] { n.push_boolean(true); }), HasSubstr("'hp'"));
  Column t("type", ColumnType::kCategorical);
  EXPECT_THAT(error_of([&] { t.push_numeric(1); }), HasSubstr("'type'"));
  Column b("flag", ColumnType::kBoolean);
  EXPECT_THAT(error_of([&] { b.push_numeric(1); }), HasSubstr("'flag'"));
  EXPECT_EQ(n.size(), 0u);
  EXPECT_EQ(t.size(), 0u);
}

TEST(Column, RowOutOfRangeNamesTheColumnAndRow) {
  Column c = numbers("hp", {1, 2});
  const std::string message = error_of([&] { c.numeric(2); });
  EXPECT_THAT(message, HasSubstr("'hp'"));
  EXPECT_THAT(message, HasSubstr("row 2"));
  EXPECT_THAT(error_of([&] { c.is_missing(5); }), HasSubstr("row 5"));
  Column t = texts("type", {"a"});
  EXPECT_THAT(error_of([&] { t.text(1); }), HasSubstr("'type'"));
}

TEST(Column, ToStringUsesCsvSpelling) {
  Column n = numbers("x", {0.1, 1e20, -0.0, 3, 0.1 + 0.2});
  n.push_missing();
  EXPECT_EQ(n.to_string(0), "0.1");
  EXPECT_EQ(n.to_string(1), "1e+20");
  EXPECT_EQ(n.to_string(2), "-0");
  EXPECT_EQ(n.to_string(3), "3");
  EXPECT_EQ(n.to_string(4), "0.30000000000000004");
  EXPECT_EQ(n.to_string(5), "");
  Column b("b", ColumnType::kBoolean);
  b.push_boolean(true);
  b.push_boolean(false);
  b.push_missing();
  EXPECT_EQ(b.to_string(0), "true");
  EXPECT_EQ(b.to_string(1), "false");
  EXPECT_EQ(b.to_string(2), "");
  EXPECT_EQ(texts("t", {"a,b"}).to_string(0), "a,b");
}

TEST(Column, TakeRowsKeepsMissingAndOrder) {
  Column c = texts("t", {"a", "b"});
  c.push_missing();
  Column taken = c.take_rows({2, 0, 0});
  EXPECT_EQ(taken.name(), "t");
  EXPECT_EQ(taken.type(), ColumnType::kCategorical);
  EXPECT_THAT(taken.text_values(), ElementsAre("", "a", "a"));
  EXPECT_TRUE(taken.is_missing(0));
  EXPECT_FALSE(taken.is_missing(1));
  EXPECT_THAT(error_of([&] { c.take_rows({3}); }), HasSubstr("row 3"));
}

TEST(Table, EmptyTable) {
  Table t;
  EXPECT_EQ(t.rows(), 0u);
  EXPECT_EQ(t.cols(), 0u);
  EXPECT_FALSE(t.has_column("x"));
  EXPECT_THAT(error_of([&] { t.column("x"); }), HasSubstr("(none)"));
}

TEST(Table, AddColumnSetsShape) {
  Table t;
  t.add_column(numbers("hp", {1, 2, 3}));
  t.add_column(texts("type", {"a", "b", "c"}));
  EXPECT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.cols(), 2u);
  EXPECT_THAT(t.column_names(), ElementsAre("hp", "type"));
  EXPECT_TRUE(t.has_column("type"));
  EXPECT_FALSE(t.has_column("Type"));
  EXPECT_EQ(t.column(1).name(), "type");
  EXPECT_EQ(t.column("hp").numeric(2), 3.0);
  EXPECT_EQ(t.columns().size(), 2u);
}

TEST(Table, AddColumnOfTheWrongLengthThrows) {
  Table t;
  t.add_column(numbers("hp", {1, 2, 3}));
  const std::string message = error_of([&] { t.add_column(numbers("attack", {1, 2})); });
  EXPECT_THAT(message, HasSubstr("'attack' has 2 rows"));
  EXPECT_THAT(message, HasSubstr("table has 3"));
  EXPECT_EQ(t.cols(), 1u);
}

TEST(Table, AddColumnWithATakenOrEmptyNameThrows) {
  Table t;
  t.add_column(numbers("hp", {1}));
  EXPECT_THAT(error_of([&] { t.add_column(numbers("hp", {2})); }),
              HasSubstr("already has a column named 'hp'"));
  EXPECT_THAT(error_of([&] { t.add_column(numbers("", {2})); }), HasSubstr("empty"));
  EXPECT_EQ(t.cols(), 1u);
}

TEST(Table, UnknownColumnListsTheAvailableOnes) {
  Table t;
  t.add_column(numbers("hp", {1}));
  t.add_column(texts(" type", {"a"}));
  const std::string message = error_of([&] { t.column("type"); });
  EXPECT_THAT(message, HasSubstr("no column named 'type'"));
  EXPECT_THAT(message, HasSubstr("available columns: 'hp', ' type'"));
  EXPECT_THAT(error_of([&] { t.column(2); }), HasSubstr("column index 2"));
}

TEST(Table, MutableColumnAccess) {
  Table t;
  t.add_column(numbers("hp", {1}));
  t.column("hp").push_numeric(2);  // the caller now owns keeping lengths equal
  EXPECT_EQ(t.column("hp").size(), 2u);
  EXPECT_THROW(t.column("nope"), Error);
}

TEST(Table, SelectKeepsTheRequestedOrder) {
  Table t;
  t.add_column(numbers("a", {1, 2}));
  t.add_column(texts("b", {"x", "y"}));
  t.add_column(numbers("c", {5, 6}));
  Table s = t.select({"c", "a"});
  EXPECT_THAT(s.column_names(), ElementsAre("c", "a"));
  EXPECT_EQ(s.rows(), 2u);
  EXPECT_EQ(s.column("c").numeric(1), 6.0);
  EXPECT_EQ(t.cols(), 3u);  // the source is untouched
  EXPECT_THAT(error_of([&] { t.select({"a", "z"}); }), HasSubstr("no column named 'z'"));
  EXPECT_THAT(error_of([&] { t.select({"a", "a"}); }), HasSubstr("already has a column"));
  EXPECT_EQ(t.select({}).cols(), 0u);
}

TEST(Table, TakeRowsReordersAndRepeats) {
  Table t;
  t.add_column(numbers("a", {10, 20, 30}));
  Column b("b", ColumnType::kBoolean);
  b.push_boolean(true);
  b.push_missing();
  b.push_boolean(false);
  t.add_column(b);
  Table r = t.take_rows({2, 1, 2});
  EXPECT_EQ(r.rows(), 3u);
  EXPECT_THAT(r.column("a").numeric_values(), ElementsAre(30, 20, 30));
  EXPECT_FALSE(r.column("b").boolean(0));
  EXPECT_TRUE(r.column("b").is_missing(1));
  EXPECT_EQ(r.column("b").type(), ColumnType::kBoolean);
  Table none = t.take_rows({});
  EXPECT_EQ(none.rows(), 0u);
  EXPECT_EQ(none.cols(), 2u);
}

TEST(Table, TakeRowsOutOfRangeThrows) {
  Table t;
  t.add_column(numbers("a", {10, 20, 30}));
  const std::string message = error_of([&] { t.take_rows({0, 3}); });
  EXPECT_THAT(message, HasSubstr("row index 3"));
  EXPECT_THAT(message, HasSubstr("3 rows"));
}

}  // namespace
}  // namespace mlcore
