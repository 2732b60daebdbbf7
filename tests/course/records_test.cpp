// Tests of src/course/grader/records.cpp: only in-order, once-each records carrying this run's
// nonce are trusted; the first violation ends what is trusted (RELIABILITY.md principle 1).
#include "course/grader/records.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace course {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

const std::string kNonce = "3f9a1c77e02b4d5e";

std::string output_record(std::size_t index, const json& output, double micros = 0,
                          const std::string& nonce = kNonce) {
  return json{{"case", index}, {"nonce", nonce}, {"output", output}, {"micros", micros}}.dump() +
         "\n";
}

std::string error_record(std::size_t index, const std::string& type, const std::string& message) {
  return json{{"case", index}, {"nonce", kNonce}, {"error", {{"type", type}, {"message", message}}}}
             .dump() +
         "\n";
}

TEST(RecordsTest, InOrderRecordsAreAccepted) {
  const std::string channel = output_record(0, json{{"issues", json::array()}}, 1500000) +
                              output_record(1, 42, 250) + output_record(2, "text");
  const ParsedRecords parsed = parse_records(channel, kNonce, 3);
  EXPECT_EQ(parsed.problem, "");
  ASSERT_EQ(parsed.records.size(), 3u);
  for (const auto& r : parsed.records) {
    EXPECT_TRUE(r.present);
    EXPECT_FALSE(r.raised);
  }
  EXPECT_EQ(parsed.records[0].output, (json{{"issues", json::array()}}));
  EXPECT_EQ(parsed.records[1].output, json(42));
  EXPECT_EQ(parsed.records[2].output, json("text"));
}

TEST(RecordsTest, MicrosBecomeSeconds) {
  const ParsedRecords parsed =
      parse_records(output_record(0, 1, 1500000) + output_record(1, 1, 250), kNonce, 2);
  EXPECT_DOUBLE_EQ(parsed.records[0].seconds, 1.5);
  EXPECT_DOUBLE_EQ(parsed.records[1].seconds, 0.00025);
  // No micros: zero seconds, still present.
  const ParsedRecords bare =
      parse_records(json{{"case", 0}, {"nonce", kNonce}, {"output", 1}}.dump() + "\n", kNonce, 1);
  EXPECT_TRUE(bare.records[0].present);
  EXPECT_EQ(bare.records[0].seconds, 0.0);
}

TEST(RecordsTest, EmptyLinesAndMissingTrailingNewlineAreFine) {
  std::string channel = "\n" + output_record(0, 1) + "\n\n" + output_record(1, 2);
  channel.pop_back();  // No newline after the last record.
  const ParsedRecords parsed = parse_records(channel, kNonce, 2);
  EXPECT_EQ(parsed.problem, "");
  EXPECT_TRUE(parsed.records[0].present);
  EXPECT_TRUE(parsed.records[1].present);
}

TEST(RecordsTest, RecordsThatNeverArrivedAreAbsent) {
  // The child exited early: the parser reports what arrived; the grader judges the rest missing.
  const ParsedRecords parsed = parse_records(output_record(0, 1), kNonce, 3);
  EXPECT_EQ(parsed.problem, "");
  ASSERT_EQ(parsed.records.size(), 3u);
  EXPECT_TRUE(parsed.records[0].present);
  EXPECT_FALSE(parsed.records[1].present);
  EXPECT_FALSE(parsed.records[2].present);
  EXPECT_FALSE(parse_records("", kNonce, 1).records[0].present);
}

TEST(RecordsTest, WrongNonceEndsWhatIsTrusted) {
  const std::string channel =
      output_record(0, 1) + output_record(1, 2, 0, "forged-nonce") + output_record(2, 3);
  const ParsedRecords parsed = parse_records(channel, kNonce, 3);
  EXPECT_THAT(parsed.problem, HasSubstr("nonce"));
  EXPECT_TRUE(parsed.records[0].present);
  EXPECT_FALSE(parsed.records[1].present) << "the forged record itself is absent";
  EXPECT_FALSE(parsed.records[2].present) << "and every later one";
}

TEST(RecordsTest, NonceMustBeAStringEqualToThisRuns) {
  const std::string numeric = json{{"case", 0}, {"nonce", 12345}, {"output", 1}}.dump() + "\n";
  EXPECT_THAT(parse_records(numeric, kNonce, 1).problem, HasSubstr("nonce"));
  const std::string missing = json{{"case", 0}, {"output", 1}}.dump() + "\n";
  const ParsedRecords parsed = parse_records(missing, kNonce, 1);
  EXPECT_FALSE(parsed.problem.empty());
  EXPECT_FALSE(parsed.records[0].present);
}

TEST(RecordsTest, OutOfOrderRecordEndsWhatIsTrusted) {
  const std::string channel = output_record(0, 1) + output_record(2, 3) + output_record(1, 2);
  const ParsedRecords parsed = parse_records(channel, kNonce, 3);
  EXPECT_THAT(parsed.problem, HasSubstr("out of order"));
  EXPECT_THAT(parsed.problem, HasSubstr("case 2 where 1 was due"));
  EXPECT_TRUE(parsed.records[0].present);
  EXPECT_FALSE(parsed.records[1].present);
  EXPECT_FALSE(parsed.records[2].present);
}

TEST(RecordsTest, DuplicateRecordEndsWhatIsTrusted) {
  const std::string channel = output_record(0, 1) + output_record(0, 99) + output_record(1, 2);
  const ParsedRecords parsed = parse_records(channel, kNonce, 2);
  EXPECT_THAT(parsed.problem, HasSubstr("case 0 where 1 was due"));
  EXPECT_TRUE(parsed.records[0].present);
  EXPECT_EQ(parsed.records[0].output, json(1)) << "the duplicate must not overwrite the first";
  EXPECT_FALSE(parsed.records[1].present);
}

TEST(RecordsTest, MalformedLineEndsWhatIsTrusted) {
  for (const std::string& bad : {
           std::string("{\"case\": 1, \"nonce\": \"") + kNonce + "\", \"output\": ",  // Cut off.
           std::string("PASS"),
           std::string("[1, 2]"),
           json{{"case", -1}, {"nonce", kNonce}, {"output", 1}}.dump(),
           json{{"case", "1"}, {"nonce", kNonce}, {"output", 1}}.dump(),
           json{{"case", 1.0}, {"nonce", kNonce}, {"output", 1}}.dump(),
           json{{"nonce", kNonce}, {"output", 1}}.dump(),
       }) {
    SCOPED_TRACE(bad);
    const ParsedRecords parsed =
        parse_records(output_record(0, 1) + bad + "\n" + output_record(1, 2), kNonce, 3);
    EXPECT_THAT(parsed.problem, HasSubstr("malformed"));
    EXPECT_TRUE(parsed.records[0].present);
    EXPECT_FALSE(parsed.records[1].present);
    EXPECT_FALSE(parsed.records[2].present);
  }
}

TEST(RecordsTest, RecordWithNeitherOutputNorErrorIsAProblem) {
  const std::string channel = json{{"case", 0}, {"nonce", kNonce}}.dump() + "\n";
  const ParsedRecords parsed = parse_records(channel, kNonce, 1);
  EXPECT_THAT(parsed.problem, HasSubstr("neither output nor error"));
  EXPECT_FALSE(parsed.records[0].present);
}

TEST(RecordsTest, RecordsBeyondTheCaseCountAreAProblem) {
  const std::string channel = output_record(0, 1) + output_record(1, 2) + output_record(2, 3);
  const ParsedRecords parsed = parse_records(channel, kNonce, 2);
  EXPECT_FALSE(parsed.problem.empty());
  EXPECT_THAT(parsed.problem, HasSubstr("case 2"));
  ASSERT_EQ(parsed.records.size(), 2u) << "never grows past the cases sent";
  EXPECT_TRUE(parsed.records[0].present);
  EXPECT_TRUE(parsed.records[1].present);

  const ParsedRecords far = parse_records(output_record(1000000, 1), kNonce, 1);
  EXPECT_FALSE(far.problem.empty());
  EXPECT_EQ(far.records.size(), 1u);
  EXPECT_FALSE(far.records[0].present);
}

TEST(RecordsTest, ErrorRecordsCarryTypeAndMessage) {
  const std::string channel =
      error_record(0, "std::out_of_range", "column 'hp' not found") + output_record(1, 7);
  const ParsedRecords parsed = parse_records(channel, kNonce, 2);
  EXPECT_EQ(parsed.problem, "");
  const CaseRecord& r = parsed.records[0];
  EXPECT_TRUE(r.present);
  EXPECT_TRUE(r.raised);
  EXPECT_EQ(r.error_type, "std::out_of_range");
  EXPECT_EQ(r.error_message, "column 'hp' not found");
  EXPECT_TRUE(parsed.records[1].present);
  EXPECT_FALSE(parsed.records[1].raised);
}

TEST(RecordsTest, ErrorRecordWithoutDetailsGetsDefaults) {
  const std::string channel =
      json{{"case", 0}, {"nonce", kNonce}, {"error", json::object()}, {"micros", 10}}.dump() + "\n";
  const ParsedRecords parsed = parse_records(channel, kNonce, 1);
  EXPECT_TRUE(parsed.records[0].raised);
  EXPECT_EQ(parsed.records[0].error_type, "unknown");
  EXPECT_EQ(parsed.records[0].error_message, "");
  EXPECT_DOUBLE_EQ(parsed.records[0].seconds, 0.00001);
}

// Regression (found by these tests, fixed): a record with the right nonce whose error.type (or
// error.message) is not a string makes json::value() throw nlohmann::json::type_error out of
// parse_records, instead of reporting a malformed record. The nonce is on the child's stdin, so
// learner code can write such a record and turn its failing run into a runner crash.
TEST(RecordsTest, NonStringErrorFieldsAreAProblemNotAnException) {
  const std::string channel =
      json{{"case", 0}, {"nonce", kNonce}, {"error", {{"type", 5}, {"message", {1, 2}}}}}.dump() +
      "\n";
  ParsedRecords parsed;
  ASSERT_NO_THROW(parsed = parse_records(channel, kNonce, 1));
  EXPECT_FALSE(parsed.problem.empty());
}

}  // namespace
}  // namespace course
