#include "mlcore/csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <string>
#include <thread>

namespace mlcore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr double kInf = std::numeric_limits<double>::infinity();

// The CsvError that parsing text throws, or a test failure when it parses.
CsvError csv_error(std::string_view text, const CsvOptions& options = {}) {
  try {
    parse_csv(text, options, "data.csv");
  } catch (const CsvError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a CsvError for: " << text;
  return CsvError("", 0, 0, "");
}

CsvOptions with_type(const std::string& name, ColumnType type) {
  CsvOptions options;
  options.types[name] = type;
  return options;
}

// ---------------------------------------------------------------------------------------------
// CsvError

TEST(CsvError, WhatIsSourceLineColumnMessage) {
  CsvError e("data.csv", 3, 2, "bad cell");
  EXPECT_STREQ(e.what(), "data.csv:3:2: bad cell");
  EXPECT_EQ(e.source(), "data.csv");
  EXPECT_EQ(e.line(), 3u);
  EXPECT_EQ(e.column(), 2u);
  EXPECT_EQ(e.message(), "bad cell");
  const Error& base = e;  // callers catch one type
  EXPECT_STREQ(base.what(), "data.csv:3:2: bad cell");
}

// ---------------------------------------------------------------------------------------------
// parse_number

TEST(ParseNumber, AcceptsDecimalAndScientific) {
  EXPECT_EQ(parse_number("42"), 42.0);
  EXPECT_EQ(parse_number("-3.5"), -3.5);
  EXPECT_EQ(parse_number("1e-3"), 1e-3);
  EXPECT_EQ(parse_number("2.5E+2"), 250.0);
  EXPECT_EQ(parse_number(".5"), 0.5);
  EXPECT_EQ(parse_number("5."), 5.0);
  EXPECT_EQ(parse_number("007"), 7.0);
  EXPECT_EQ(parse_number("0.1"), 0.1);  // correctly rounded, like the compiler
}

TEST(ParseNumber, AcceptsOneLeadingPlus) {
  EXPECT_EQ(parse_number("+1"), 1.0);
  EXPECT_EQ(parse_number("+.5"), 0.5);
  EXPECT_EQ(parse_number("+inf"), kInf);
  EXPECT_EQ(parse_number("+"), std::nullopt);
  EXPECT_EQ(parse_number("++1"), std::nullopt);
  EXPECT_EQ(parse_number("+-1"), std::nullopt);
  EXPECT_EQ(parse_number("-+1"), std::nullopt);
}

TEST(ParseNumber, AllowsSurroundingSpacesOnly) {
  EXPECT_EQ(parse_number("  7  "), 7.0);
  EXPECT_EQ(parse_number(" -1e2"), -100.0);
  EXPECT_EQ(parse_number("1 2"), std::nullopt);
  EXPECT_EQ(parse_number("- 1"), std::nullopt);
  EXPECT_EQ(parse_number("\t1"), std::nullopt);
  EXPECT_EQ(parse_number("1\n"), std::nullopt);
  EXPECT_EQ(parse_number("   "), std::nullopt);
}

TEST(ParseNumber, InfinityAndNanAnyCase) {
  EXPECT_EQ(parse_number("inf"), kInf);
  EXPECT_EQ(parse_number("-inf"), -kInf);
  EXPECT_EQ(parse_number("INF"), kInf);
  EXPECT_EQ(parse_number("-Inf"), -kInf);
  ASSERT_TRUE(parse_number("nan").has_value());
  EXPECT_TRUE(std::isnan(*parse_number("nan")));
  EXPECT_TRUE(std::isnan(*parse_number("NaN")));
  EXPECT_TRUE(std::isnan(*parse_number("NAN")));
}

TEST(ParseNumber, RejectsWhatIsNotWhollyANumber) {
  for (const char* cell : {"", "12kg", "0x1A", "0X1a", "-0x10", "1,5", "e5", "1e", "1e+", ".", "-",
                           "1.2.3", "one", "true", "1_000", "--1", "in", "nanx"}) {
    EXPECT_EQ(parse_number(cell), std::nullopt) << cell;
  }
}

TEST(ParseNumber, OutOfRangeBecomesInfinityOrZero) {
  EXPECT_EQ(parse_number("1e400"), kInf);
  EXPECT_EQ(parse_number("-1e400"), -kInf);
  EXPECT_EQ(parse_number("1" + std::string(400, '0')), kInf);
  const std::optional<double> tiny = parse_number("1e-400");
  ASSERT_TRUE(tiny.has_value());
  EXPECT_EQ(*tiny, 0.0);
  EXPECT_FALSE(std::signbit(*tiny));
  const std::optional<double> negative_tiny = parse_number("-0." + std::string(400, '0') + "1");
  ASSERT_TRUE(negative_tiny.has_value());
  EXPECT_EQ(*negative_tiny, 0.0);
  EXPECT_TRUE(std::signbit(*negative_tiny));
  EXPECT_EQ(parse_number("0.001e-400"), 0.0);
  EXPECT_EQ(parse_number("1000e306"), kInf);
  EXPECT_EQ(parse_number("4.9e-324"), 4.9e-324);  // subnormal, in range
}

// ---------------------------------------------------------------------------------------------
// parse_csv: structure

TEST(ParseCsv, InfersTypesPerColumn) {
  const Table t = parse_csv("name,hp,legendary,note\nBulbasaur,45,False,\nMew,100,TRUE,x\n");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_THAT(t.column_names(), ElementsAre("name", "hp", "legendary", "note"));
  EXPECT_EQ(t.column("name").type(), ColumnType::kCategorical);
  EXPECT_EQ(t.column("hp").type(), ColumnType::kNumeric);
  EXPECT_EQ(t.column("legendary").type(), ColumnType::kBoolean);
  EXPECT_EQ(t.column("note").type(), ColumnType::kCategorical);
  EXPECT_EQ(t.column("name").text(1), "Mew");
  EXPECT_THAT(t.column("hp").numeric_values(), ElementsAre(45, 100));
  EXPECT_FALSE(t.column("legendary").boolean(0));
  EXPECT_TRUE(t.column("legendary").boolean(1));
  EXPECT_TRUE(t.column("note").is_missing(0));
}

TEST(ParseCsv, AllMissingColumnIsNumeric) {
  const Table t = parse_csv("a,b\n1,\n2,NA\n");
  EXPECT_EQ(t.column("b").type(), ColumnType::kNumeric);
  EXPECT_EQ(t.column("b").missing_count(), 2u);
}

TEST(ParseCsv, HeaderOnlyGivesEmptyNumericColumns) {
  const Table t = parse_csv("a,b\n");
  EXPECT_EQ(t.rows(), 0u);
  EXPECT_EQ(t.cols(), 2u);
  EXPECT_EQ(t.column("a").type(), ColumnType::kNumeric);
  EXPECT_EQ(parse_csv("a,b").cols(), 2u);
}

TEST(ParseCsv, TrailingNewlineIsOptional) {
  EXPECT_EQ(parse_csv("a\n1\n2").rows(), 2u);
  EXPECT_EQ(parse_csv("a\n1\n2\n").rows(), 2u);
  EXPECT_EQ(parse_csv("a\r\n1\r\n2").rows(), 2u);
  EXPECT_EQ(parse_csv("a\r\n1\r\n2\r\n").rows(), 2u);
}

TEST(ParseCsv, CrlfLineEndsAreNotPartOfCells) {
  const Table t = parse_csv("name,type\r\nA,Fire\r\nB,Water\r\n");
  EXPECT_EQ(t.column("type").text(0), "Fire");
  EXPECT_EQ(t.column("type").text(1), "Water");
  const Table mixed = parse_csv("a,b\n1,x\r\n2,y\n");
  EXPECT_THAT(mixed.column("b").text_values(), ElementsAre("x", "y"));
}

TEST(ParseCsv, Utf8ByteOrderMarkIsStripped) {
  const Table t = parse_csv("\xEF\xBB\xBFid,name\n1,Caf\xC3\xA9\n");
  EXPECT_THAT(t.column_names(), ElementsAre("id", "name"));
  EXPECT_EQ(t.column("id").type(), ColumnType::kNumeric);
  EXPECT_EQ(t.column("name").text(0), "Caf\xC3\xA9");
}

TEST(ParseCsv, QuotedFieldsKeepDelimitersQuotesAndNewlines) {
  const Table t = parse_csv(
      "id,text\n"
      "1,\"a,b\"\n"
      "2,\"say \"\"hi\"\"\"\n"
      "3,\"two\nlines\"\n"
      "4,\"crlf\r\ninside\"\n"
      "5,\"\"\"\"\n"
      "6,\"x\"\"\"\"y\"\n"
      "\"7\",plain\n");
  EXPECT_THAT(
      t.column("text").text_values(),
      ElementsAre("a,b", "say \"hi\"", "two\nlines", "crlf\r\ninside", "\"", "x\"\"y", "plain"));
  EXPECT_EQ(t.column("id").type(), ColumnType::kNumeric);  // a quoted number is still a number
  EXPECT_EQ(t.column("id").numeric(6), 7.0);
}

TEST(ParseCsv, QuotedHeaderNames) {
  const Table t = parse_csv("\"a,b\",\"c\"\"d\"\n1,2\n");
  EXPECT_THAT(t.column_names(), ElementsAre("a,b", "c\"d"));
}

TEST(ParseCsv, CategoricalTextIsKeptExactly) {
  const Table t = parse_csv("type\nFire\n Fire\nFire \nfire\n");
  EXPECT_THAT(t.column("type").text_values(), ElementsAre("Fire", " Fire", "Fire ", "fire"));
}

TEST(ParseCsv, NumbersMayHaveSurroundingSpaces) {
  const Table t = parse_csv("x,y\n 1 ,2\n3,  4.5\n");
  EXPECT_EQ(t.column("x").type(), ColumnType::kNumeric);
  EXPECT_THAT(t.column("y").numeric_values(), ElementsAre(2, 4.5));
}

TEST(ParseCsv, OneNonNumberMakesTheColumnCategoricalWithOriginalText) {
  const Table t = parse_csv("v\n1.0\n007\n-0\nNA\n12kg\n");
  const Column& v = t.column("v");
  EXPECT_EQ(v.type(), ColumnType::kCategorical);
  EXPECT_THAT(v.text_values(), ElementsAre("1.0", "007", "-0", "", "12kg"));
  EXPECT_TRUE(v.is_missing(3));
}

TEST(ParseCsv, BooleansAnyCaseWithMissing) {
  const Table t = parse_csv("b\n\ntrue\nFALSE\nTrue\nnull\n");
  const Column& b = t.column("b");
  ASSERT_EQ(b.type(), ColumnType::kBoolean);
  ASSERT_EQ(b.size(), 5u);
  EXPECT_TRUE(b.is_missing(0));
  EXPECT_TRUE(b.boolean(1));
  EXPECT_FALSE(b.boolean(2));
  EXPECT_TRUE(b.boolean(3));
  EXPECT_TRUE(b.is_missing(4));
}

TEST(ParseCsv, BooleansMixedWithOtherTextAreCategorical) {
  EXPECT_EQ(parse_csv("b\ntrue\n1\n").column("b").type(), ColumnType::kCategorical);
  EXPECT_EQ(parse_csv("b\n1\ntrue\n").column("b").type(), ColumnType::kCategorical);
  EXPECT_EQ(parse_csv("b\ntrue\nyes\n").column("b").type(), ColumnType::kCategorical);
  EXPECT_EQ(parse_csv("b\n true\n").column("b").type(), ColumnType::kCategorical);
}

TEST(ParseCsv, MissingMarkers) {
  const Table t = parse_csv("x\n1\n\nNA\nN/A\nNaN\nnull\n\"\"\n\"NA\"\n");
  const Column& x = t.column("x");
  EXPECT_EQ(x.type(), ColumnType::kNumeric);
  EXPECT_EQ(x.size(), 8u);
  EXPECT_EQ(x.missing_count(), 7u);
}

TEST(ParseCsv, MissingMarkersMatchExactly) {
  // Lower-case "nan" is a number (a present NaN), unlike the marker "NaN"; " NA" is text.
  const Table t = parse_csv("x,y\nnan,NA\nNaN, NA\n");
  EXPECT_FALSE(t.column("x").is_missing(0));
  EXPECT_TRUE(std::isnan(t.column("x").numeric(0)));
  EXPECT_TRUE(t.column("x").is_missing(1));
  EXPECT_EQ(t.column("y").type(), ColumnType::kCategorical);
  EXPECT_TRUE(t.column("y").is_missing(0));
  EXPECT_EQ(t.column("y").text(1), " NA");
}

TEST(ParseCsv, CustomMissingMarkers) {
  CsvOptions options;
  options.missing_markers = {"?", "-"};
  const Table t = parse_csv("x\n1\n?\n-\nNA\n", options);
  EXPECT_EQ(t.column("x").type(), ColumnType::kCategorical);  // "NA" is text now
  EXPECT_EQ(t.column("x").missing_count(), 2u);
  EXPECT_EQ(t.column("x").text(3), "NA");
}

TEST(ParseCsv, OtherDelimiter) {
  CsvOptions options;
  options.delimiter = ';';
  const Table t = parse_csv("a;b\n1,5;\"x;y\"\n", options);
  EXPECT_EQ(t.column("a").type(), ColumnType::kCategorical);  // "1,5" is not a number
  EXPECT_EQ(t.column("a").text(0), "1,5");
  EXPECT_EQ(t.column("b").text(0), "x;y");
}

TEST(ParseCsv, TabDelimiterKeepsSpaces) {
  CsvOptions options;
  options.delimiter = '\t';
  const Table t = parse_csv("a\tb\n1\t x \n", options);
  EXPECT_EQ(t.column("b").text(0), " x ");
}

TEST(ParseCsv, SingleColumnBlankLineIsAMissingCell) {
  const Table t = parse_csv("x\n1\n\n3\n");
  ASSERT_EQ(t.rows(), 3u);
  EXPECT_TRUE(t.column("x").is_missing(1));
}

// ---------------------------------------------------------------------------------------------
// parse_csv: errors

TEST(ParseCsvError, EmptyInputNeedsAHeader) {
  for (std::string_view text : {std::string_view(""), std::string_view("\xEF\xBB\xBF")}) {
    const CsvError e = csv_error(text);
    EXPECT_EQ(e.line(), 1u);
    EXPECT_EQ(e.column(), 1u);
    EXPECT_THAT(e.what(), StartsWith("data.csv:1:1: "));
    EXPECT_THAT(e.message(), HasSubstr("header"));
  }
}

TEST(ParseCsvError, DuplicateHeaderNamesTheColumn) {
  const CsvError e = csv_error("id,hp,id\n1,2,3\n");
  EXPECT_EQ(e.line(), 1u);
  EXPECT_EQ(e.column(), 3u);
  EXPECT_THAT(e.message(), HasSubstr("duplicate column name 'id'"));
  EXPECT_THAT(e.message(), HasSubstr("columns 1 and 3"));
}

TEST(ParseCsvError, EmptyHeaderNameNamesTheColumn) {
  const CsvError e = csv_error("a,,c\n1,2,3\n");
  EXPECT_EQ(e.line(), 1u);
  EXPECT_EQ(e.column(), 2u);
  EXPECT_THAT(e.message(), HasSubstr("column 2 has an empty name"));
  EXPECT_EQ(csv_error("\n1\n").column(), 1u);
  EXPECT_EQ(csv_error("a,\"\"\n1,2\n").column(), 2u);
}

TEST(ParseCsvError, TooManyFields) {
  const CsvError e = csv_error("a,b\n1,2\n3,4,5\n");
  EXPECT_STREQ(e.what(), "data.csv:3:3: record has 3 fields but the header has 2");
}

TEST(ParseCsvError, TooFewFields) {
  const CsvError e = csv_error("a,b,c\n1,2,3\n4,5\n");
  EXPECT_EQ(e.line(), 3u);
  EXPECT_EQ(e.column(), 3u);  // the first field that is missing
  EXPECT_THAT(e.message(), HasSubstr("record has 2 fields but the header has 3"));
}

TEST(ParseCsvError, BlankLineInMultiColumnFile) {
  const CsvError e = csv_error("a,b\n1,2\n\n3,4\n");
  EXPECT_EQ(e.line(), 3u);
  EXPECT_THAT(e.message(), HasSubstr("blank line"));
  EXPECT_EQ(csv_error("a,b\n1,2\n\n").line(), 3u);
}

TEST(ParseCsvError, CrlfLinesCountOnce) { EXPECT_EQ(csv_error("a,b\r\n1,2\r\n3\r\n").line(), 3u); }

TEST(ParseCsvError, EmbeddedNewlinesShiftLaterLineNumbers) {
  // Lines: 1 header, 2-4 the first record, 5 the bad record.
  const CsvError e = csv_error("a,b\n1,\"x\ny\r\nz\"\n2,3,4\n");
  EXPECT_EQ(e.line(), 5u);
  EXPECT_EQ(e.column(), 3u);
}

TEST(ParseCsvError, RecordErrorsReportTheLineWhereTheRecordStarts) {
  const CsvError e = csv_error("a,b\n\"multi\nline\",2,3\n");
  EXPECT_EQ(e.line(), 2u);
}

TEST(ParseCsvError, UnterminatedQuoteAtTheQuotesLine) {
  const CsvError e = csv_error("a,b\n1,2\n3,\"open\n4,5\n");
  EXPECT_EQ(e.line(), 3u);
  EXPECT_EQ(e.column(), 2u);
  EXPECT_THAT(e.message(), HasSubstr("unterminated quoted field"));
  // The quote opens on line 4 inside a record that starts on line 3.
  const CsvError later = csv_error("a,b\n\"x\ny\",\"open\n\n");
  EXPECT_EQ(later.line(), 3u);
  EXPECT_EQ(later.column(), 2u);
  EXPECT_EQ(csv_error("\"a\n").line(), 1u);
}

TEST(ParseCsvError, StrayQuoteInUnquotedField) {
  const CsvError e = csv_error("a,b\n1,ab\"c\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.column(), 2u);
  EXPECT_THAT(e.message(), HasSubstr("quote inside an unquoted field"));
  // A space before the opening quote makes the field unquoted.
  EXPECT_EQ(csv_error("a,b\n1, \"x\"\n").column(), 2u);
}

TEST(ParseCsvError, TextAfterClosingQuote) {
  const CsvError e = csv_error("a,b\n\"x\"y,1\n");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.column(), 1u);
  EXPECT_THAT(e.message(), HasSubstr("after the closing quote"));
  EXPECT_EQ(csv_error("a,b\n1,\"x\" \n").column(), 2u);
}

TEST(ParseCsvError, BareCarriageReturn) {
  const CsvError e = csv_error("a,b\r1,2\r");
  EXPECT_EQ(e.line(), 1u);
  EXPECT_THAT(e.message(), HasSubstr("carriage return"));
}

TEST(ParseCsvError, ForcedNumericColumnWithText) {
  const CsvError e = csv_error("id,hp\n1,45\n2,lots\n", with_type("hp", ColumnType::kNumeric));
  EXPECT_EQ(e.line(), 3u);
  EXPECT_EQ(e.column(), 2u);
  EXPECT_THAT(e.message(), HasSubstr("'hp' is numeric"));
  EXPECT_THAT(e.message(), HasSubstr("'lots' is not a number"));
}

TEST(ParseCsvError, ForcedNumericErrorAfterEmbeddedNewline) {
  const CsvError e = csv_error("note,hp\n\"a\nb\",1\nc,x\n", with_type("hp", ColumnType::kNumeric));
  EXPECT_EQ(e.line(), 4u);
  EXPECT_EQ(e.column(), 2u);
}

TEST(ParseCsvError, ForcedBooleanColumnWithText) {
  const CsvError e = csv_error("b\ntrue\nyes\n", with_type("b", ColumnType::kBoolean));
  EXPECT_EQ(e.line(), 3u);
  EXPECT_EQ(e.column(), 1u);
  EXPECT_THAT(e.message(), HasSubstr("'yes' is not true or false"));
}

TEST(ParseCsvError, UnknownForcedColumnIsNamed) {
  const CsvError e = csv_error("a,b\n1,2\n", with_type("c", ColumnType::kNumeric));
  EXPECT_THAT(e.message(), HasSubstr("'c'"));
  EXPECT_THAT(e.message(), HasSubstr("'a' 'b'"));
  EXPECT_EQ(e.line(), 1u);
  EXPECT_EQ(e.column(), 0u);
}

TEST(ParseCsvError, HugeCellsAreCutShortInMessages) {
  const std::string cell(1000, 'z');
  const CsvError e = csv_error("x\n" + cell + "\n", with_type("x", ColumnType::kNumeric));
  EXPECT_LT(e.message().size(), 200u);
  EXPECT_THAT(e.message(), HasSubstr("zzz...'"));
}

TEST(ParseCsvError, MaxBytes) {
  CsvOptions options;
  options.max_bytes = 8;
  EXPECT_EQ(parse_csv("a\n1\n2\n3\n", options).rows(), 3u);  // exactly 8 bytes
  const CsvError e = csv_error("a\n1\n2\n3\n4\n", options);
  EXPECT_EQ(e.line(), 0u);
  EXPECT_EQ(e.column(), 0u);
  EXPECT_THAT(e.message(), HasSubstr("max_bytes (8 bytes)"));
}

TEST(ParseCsvError, InvalidDelimiter) {
  CsvOptions options;
  options.delimiter = '"';
  const CsvError e = csv_error("a\n", options);
  EXPECT_EQ(e.line(), 0u);
  EXPECT_THAT(e.message(), HasSubstr("delimiter"));
}

TEST(ParseCsvError, SourceNameAppearsInWhat) {
  try {
    parse_csv("a\n1,2\n", {}, "pokemon.csv");
    FAIL() << "expected a CsvError";
  } catch (const CsvError& e) {
    EXPECT_THAT(e.what(), StartsWith("pokemon.csv:2:2: "));
  }
}

// ---------------------------------------------------------------------------------------------
// parse_csv: forced types

TEST(ParseCsv, ForcedTypes) {
  CsvOptions options;
  options.types["zip"] = ColumnType::kCategorical;
  options.types["hp"] = ColumnType::kNumeric;
  options.types["flag"] = ColumnType::kBoolean;
  const Table t = parse_csv("zip,hp,flag\n00123,NA,TRUE\n1e3,7,\n", options);
  EXPECT_EQ(t.column("zip").type(), ColumnType::kCategorical);
  EXPECT_THAT(t.column("zip").text_values(), ElementsAre("00123", "1e3"));
  EXPECT_EQ(t.column("hp").type(), ColumnType::kNumeric);
  EXPECT_TRUE(t.column("hp").is_missing(0));
  EXPECT_EQ(t.column("hp").numeric(1), 7.0);
  EXPECT_EQ(t.column("flag").type(), ColumnType::kBoolean);
  EXPECT_TRUE(t.column("flag").boolean(0));
  EXPECT_TRUE(t.column("flag").is_missing(1));
}

TEST(ParseCsv, ForcedCategoricalAllMissingStaysCategorical) {
  const Table t = parse_csv("a\n\nNA\n", with_type("a", ColumnType::kCategorical));
  EXPECT_EQ(t.column("a").type(), ColumnType::kCategorical);
  EXPECT_EQ(t.column("a").missing_count(), 2u);
}

// ---------------------------------------------------------------------------------------------
// read_csv

class ReadCsv : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& content) {
    const std::string path =
        ::testing::TempDir() + "mlcore_csv_test_" + std::to_string(::getpid()) + "_" + name;
    std::ofstream(path, std::ios::binary) << content;
    paths_.push_back(path);
    return path;
  }
  void TearDown() override {
    for (const std::string& path : paths_) {
      ::chmod(path.c_str(), 0600);
      std::remove(path.c_str());
    }
  }

 private:
  std::vector<std::string> paths_;
};

CsvError read_error(const std::string& path, const CsvOptions& options = {}) {
  try {
    read_csv(path, options);
  } catch (const CsvError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a CsvError reading " << path;
  return CsvError("", 0, 0, "");
}

TEST_F(ReadCsv, ReadsAFile) {
  const Table t = read_csv(write("ok.csv",
                                 "\xEF\xBB\xBF"
                                 "a,b\r\n1,x\r\n"));
  EXPECT_EQ(t.rows(), 1u);
  EXPECT_EQ(t.column("b").text(0), "x");
}

TEST_F(ReadCsv, ParseErrorsNameThePath) {
  const std::string path = write("bad.csv", "a,b\n1\n");
  const CsvError e = read_error(path);
  EXPECT_EQ(e.source(), path);
  EXPECT_THAT(e.what(), StartsWith(path + ":2:2: "));
}

TEST_F(ReadCsv, MissingFile) {
  const std::string path = ::testing::TempDir() + "mlcore_csv_test_does_not_exist.csv";
  const CsvError e = read_error(path);
  EXPECT_EQ(e.source(), path);
  EXPECT_EQ(e.line(), 0u);
  EXPECT_THAT(e.message(), HasSubstr("No such file or directory"));
}

TEST_F(ReadCsv, Directory) {
  const CsvError e = read_error(::testing::TempDir());
  EXPECT_EQ(e.line(), 0u);
  EXPECT_THAT(e.message(), HasSubstr("Is a directory"));
}

TEST_F(ReadCsv, UnreadableFile) {
  const std::string path = write("secret.csv", "a\n1\n");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  // Root reads any file, so as root (CI) the read happens in a child that became nobody; the
  // child's exit code carries the verdict back.
  EXPECT_EXIT(
      {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) std::_Exit(3);
        try {
          read_csv(path);
        } catch (const CsvError& e) {
          std::_Exit(
              e.line() == 0 && e.message().find("Permission denied") != std::string::npos ? 0 : 1);
        }
        std::_Exit(2);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST_F(ReadCsv, EmptyFileNeedsAHeader) {
  const std::string path = write("empty.csv", "");
  const CsvError e = read_error(path);
  EXPECT_EQ(e.line(), 1u);
  EXPECT_EQ(e.source(), path);
  EXPECT_EQ(read_error("/dev/null").line(), 1u);  // not a regular file: read to the end
}

TEST_F(ReadCsv, ReadsAPipeLargerThanOneBuffer) {
  const std::string path =
      ::testing::TempDir() + "mlcore_csv_test_fifo_" + std::to_string(::getpid());
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  std::string text = "x\n";
  for (int i = 0; i < 100000; ++i) text += std::to_string(i) + "\n";
  std::thread writer([&] { std::ofstream(path, std::ios::binary) << text; });
  Table t;
  try {
    t = read_csv(path);
  } catch (...) {
    writer.join();
    std::remove(path.c_str());
    throw;
  }
  writer.join();
  std::remove(path.c_str());
  ASSERT_EQ(t.rows(), 100000u);
  EXPECT_EQ(t.column("x").numeric(99999), 99999.0);
}

TEST_F(ReadCsv, MaxBytes) {
  CsvOptions options;
  options.max_bytes = 10;
  const CsvError e = read_error(write("big.csv", "a\n" + std::string(20, '1') + "\n"), options);
  EXPECT_EQ(e.line(), 0u);
  EXPECT_THAT(e.message(), HasSubstr("max_bytes"));
}

// ---------------------------------------------------------------------------------------------
// to_csv

TEST(ToCsv, WritesHeaderRowsAndLf) {
  Table t;
  Column n("n", ColumnType::kNumeric);
  n.push_numeric(0.1);
  n.push_missing();
  Column b("b", ColumnType::kBoolean);
  b.push_boolean(true);
  b.push_boolean(false);
  Column s("s", ColumnType::kCategorical);
  s.push_text("plain");
  s.push_missing();
  t.add_column(n);
  t.add_column(b);
  t.add_column(s);
  EXPECT_EQ(to_csv(t), "n,b,s\n0.1,true,plain\n,false,\n");
}

TEST(ToCsv, QuotesOnlyWhereNeeded) {
  Table t;
  Column s("a b", ColumnType::kCategorical);
  for (const char* v : {"x,y", "say \"hi\"", "two\nlines", "cr\rhere", " lead", "trail ", "in side",
                        "caf\xC3\xA9"}) {
    s.push_text(v);
  }
  t.add_column(s);
  EXPECT_EQ(to_csv(t),
            "a b\n\"x,y\"\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n\"cr\rhere\"\n\" lead\"\n"
            "\"trail \"\nin side\ncaf\xC3\xA9\n");
}

TEST(ToCsv, NumbersInShortestRoundTripForm) {
  Table t;
  Column n("n", ColumnType::kNumeric);
  for (double v : {1.0, -0.0, 1e20, 1e-7, 0.1 + 0.2, 123456789.0, kInf, -kInf}) n.push_numeric(v);
  t.add_column(n);
  EXPECT_EQ(to_csv(t), "n\n1\n-0\n1e+20\n1e-07\n0.30000000000000004\n123456789\ninf\n-inf\n");
}

TEST(ToCsv, EmptyTable) { EXPECT_EQ(to_csv(Table()), ""); }

// Types, missing masks and values equal; NaN equals NaN and the sign of zero counts.
void expect_same_table(const Table& expected, const Table& actual) {
  ASSERT_EQ(actual.column_names(), expected.column_names());
  ASSERT_EQ(actual.rows(), expected.rows());
  for (std::size_t j = 0; j < expected.cols(); ++j) {
    const Column& e = expected.column(j);
    const Column& a = actual.column(j);
    ASSERT_EQ(a.type(), e.type()) << e.name();
    for (std::size_t row = 0; row < e.size(); ++row) {
      ASSERT_EQ(a.is_missing(row), e.is_missing(row)) << e.name() << " row " << row;
      if (e.is_missing(row)) continue;
      switch (e.type()) {
        case ColumnType::kNumeric: {
          const double x = e.numeric(row);
          const double y = a.numeric(row);
          if (std::isnan(x)) {
            EXPECT_TRUE(std::isnan(y)) << e.name() << " row " << row;
          } else {
            EXPECT_EQ(x, y) << e.name() << " row " << row;
            EXPECT_EQ(std::signbit(x), std::signbit(y)) << e.name() << " row " << row;
          }
          break;
        }
        case ColumnType::kBoolean:
          EXPECT_EQ(a.boolean(row), e.boolean(row)) << e.name() << " row " << row;
          break;
        case ColumnType::kCategorical:
          EXPECT_EQ(a.text(row), e.text(row)) << e.name() << " row " << row;
          break;
      }
    }
  }
}

TEST(ToCsv, RoundTripsAwkwardValues) {
  Table t;
  Column n("number, \"quoted\"", ColumnType::kNumeric);
  Column s(" spaced name ", ColumnType::kCategorical);
  Column b("b", ColumnType::kBoolean);
  const double numbers[] = {0.1,  -0.0,  DBL_MAX, -DBL_MIN, 4.9e-324, 1.0 / 3.0,
                            kInf, -kInf, 1e22,    123.456,  0.0,      std::nan("")};
  const char* texts[] = {"a,b", "say \"hi\"", "two\nlines",  "crlf\r\nend", " Fire",     "Fire ",
                         "\"",  ",",          "caf\xC3\xA9", "nan",         "multi\n\n", "x"};
  for (std::size_t i = 0; i < 12; ++i) {
    n.push_numeric(numbers[i]);
    s.push_text(texts[i]);
    b.push_boolean(i % 3 == 0);
  }
  n.push_missing();
  s.push_missing();
  b.push_missing();
  t.add_column(n);
  t.add_column(s);
  t.add_column(b);
  expect_same_table(t, parse_csv(to_csv(t)));
}

TEST(ToCsv, RoundTripsSingleColumnWithMissingLastRow) {
  Table t;
  Column s("s", ColumnType::kCategorical);
  s.push_text("a");
  s.push_missing();
  s.push_text("b");
  s.push_missing();
  t.add_column(s);
  EXPECT_EQ(to_csv(t), "s\na\n\nb\n\n");
  expect_same_table(t, parse_csv(to_csv(t)));
}

TEST(ToCsv, RoundTripsAParsedFile) {
  const std::string text =
      "id,name,hp,legendary\n"
      "1,\"Mr. Mime, \"\"the\"\" mime\",40,false\n"
      "2, Fire,NA,TRUE\n"
      "3,\"line\nbreak\",1e-3,\n";
  const Table first = parse_csv(text);
  expect_same_table(first, parse_csv(to_csv(first)));
}

}  // namespace
}  // namespace mlcore
