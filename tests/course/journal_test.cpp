// Tests of src/course/journal.cpp: what an entry may hold, and that a refused entry writes nothing.
#include "course/journal.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "course/error.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

using ::testing::HasSubstr;

// The InputError validate_journal_text throws for `text`, or "" when it accepts it.
std::string refusal(const std::string& text) {
  try {
    validate_journal_text(text);
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), ExitCode::kBadInput);
    EXPECT_EQ(e.field(), "TEXT");
    return e.what();
  }
  return "";
}

TEST(JournalTest, EmptyAndWhitespaceOnlyTextIsRefused) {
  EXPECT_THAT(refusal(""), HasSubstr("TEXT: is empty"));
  EXPECT_THAT(refusal(" \t\n "), HasSubstr("TEXT: is empty"));
}

TEST(JournalTest, FourKibIsTheLimit) {
  EXPECT_EQ(refusal(std::string(4096, 'x')), "");
  EXPECT_THAT(refusal(std::string(4097, 'x')),
              HasSubstr("is 4097 bytes; an entry holds at most 4096"));
  // Bytes, not characters: 2049 two-byte characters are 4098 bytes.
  std::string accents;
  for (int i = 0; i < 2049; ++i) accents += "\xc3\xa9";
  EXPECT_THAT(refusal(accents), HasSubstr("4098 bytes"));
}

TEST(JournalTest, AddAppendsInOrderAndRefusedTextWritesNothing) {
  course_test::TempDir tmp;
  ProgressStore store(tmp.path());
  store.create(Progress{});
  add_journal_entry(store, "first: folds must not share rows", "2026-11-23T08:00:00Z");
  add_journal_entry(store, "second", "2026-11-23T09:00:00Z");
  const std::string before = course_test::read_file(store.path());
  EXPECT_THROW(add_journal_entry(store, "   ", "2026-11-23T10:00:00Z"), InputError);
  EXPECT_EQ(course_test::read_file(store.path()), before);

  const Progress p = store.load();
  ASSERT_EQ(p.journal.size(), 2u);
  EXPECT_EQ(p.journal[0].at, "2026-11-23T08:00:00Z");
  EXPECT_EQ(p.journal[0].text, "first: folds must not share rows");
  EXPECT_EQ(p.journal[1].text, "second");
}

}  // namespace
}  // namespace course
