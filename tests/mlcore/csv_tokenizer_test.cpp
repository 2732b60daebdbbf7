#include "csv_tokenizer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mlcore/error.hpp"

namespace mlcore::detail {
namespace {

using ::testing::ElementsAre;

// Every record of text as a list of field texts.
std::vector<std::vector<std::string>> records(std::string_view text, char delimiter = ',') {
  const std::string source = "<test>";
  CsvTokenizer tokenizer(text, delimiter, source);
  std::vector<CsvField> fields;
  std::vector<std::vector<std::string>> out;
  while (tokenizer.next(fields)) {
    std::vector<std::string> record;
    for (const CsvField& field : fields) record.emplace_back(field.text);
    out.push_back(record);
  }
  return out;
}

TEST(CsvTokenizer, SplitsRecordsAndFields) {
  EXPECT_THAT(records("a,b\n1,2\n"), ElementsAre(ElementsAre("a", "b"), ElementsAre("1", "2")));
  EXPECT_THAT(records("a,,\n"), ElementsAre(ElementsAre("a", "", "")));
  EXPECT_THAT(records("x\n\ny"), ElementsAre(ElementsAre("x"), ElementsAre(""), ElementsAre("y")));
  EXPECT_TRUE(records("").empty());
}

TEST(CsvTokenizer, SeveralEscapedFieldsInOneRecordKeepTheirOwnText) {
  // Escaped fields live in a shared buffer that grows while the record is read.
  const std::string long_text(1000, 'x');
  EXPECT_THAT(records("\"a\"\"\",\"" + long_text + "\"\"\",\"\"\"c\"\n"),
              ElementsAre(ElementsAre("a\"", long_text + "\"", "\"c")));
}

TEST(CsvTokenizer, ReportsLinesOfRecordsAndFields) {
  const std::string source = "<test>";
  const std::string text = "a,\"b\nc\",d\ne\r\nf";
  CsvTokenizer tokenizer(text, ',', source);
  std::vector<CsvField> fields;
  ASSERT_TRUE(tokenizer.next(fields));
  EXPECT_EQ(tokenizer.record_line(), 1u);
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[1].line, 1u);
  EXPECT_TRUE(fields[1].quoted);
  EXPECT_FALSE(fields[0].quoted);
  EXPECT_EQ(fields[2].line, 2u);  // starts after the quoted line break
  ASSERT_TRUE(tokenizer.next(fields));
  EXPECT_EQ(tokenizer.record_line(), 3u);
  ASSERT_TRUE(tokenizer.next(fields));
  EXPECT_EQ(tokenizer.record_line(), 4u);
  EXPECT_FALSE(tokenizer.next(fields));
}

TEST(CsvTokenizer, DelimiterInsideQuotesIsText) {
  EXPECT_THAT(records("\"a;b\";c\n", ';'), ElementsAre(ElementsAre("a;b", "c")));
}

TEST(CountRecords, CountsLineEndsOutsideQuotes) {
  EXPECT_EQ(count_records(""), 1u);
  EXPECT_EQ(count_records("a"), 1u);
  EXPECT_EQ(count_records("a\n"), 2u);  // one more than the records when the text ends in LF
  EXPECT_EQ(count_records("a\n1\n2"), 3u);
  EXPECT_EQ(count_records("a\r\n1\r\n2\r\n"), 4u);
  EXPECT_EQ(count_records("a,b\n\"x\ny\",1\n2,3"), 3u);
  EXPECT_EQ(count_records("a\n\"x\"\"\ny\"\"\"\n2"), 3u);  // doubled quotes inside
  EXPECT_EQ(count_records("a\n\"open\n\n"), 2u);           // unterminated: the rest is one
}

}  // namespace
}  // namespace mlcore::detail
