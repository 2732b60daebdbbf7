// Tests of src/course/grader/hash.cpp: the build-cache key hash.
#include "course/grader/hash.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "course/error.hpp"
#include "course_test_support.hpp"

namespace course {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

TEST(HashTest, AddsAreLengthPrefixed) {
  EXPECT_NE(Hasher().add("ab").add("c").hex(), Hasher().add("a").add("bc").hex());
  EXPECT_NE(Hasher().add("abc").hex(), Hasher().add("ab").add("c").hex());
  // Adding an empty string is not a no-op.
  EXPECT_NE(Hasher().add("x").add("").hex(), Hasher().add("x").hex());
}

TEST(HashTest, IsDeterministicAndOrderSensitive) {
  EXPECT_EQ(Hasher().add("header").add("source").hex(), Hasher().add("header").add("source").hex());
  EXPECT_NE(Hasher().add("header").add("source").hex(), Hasher().add("source").add("header").hex());
  EXPECT_NE(Hasher().add("int f();").hex(), Hasher().add("int g();").hex());
}

TEST(HashTest, HexIsSixteenLowercaseDigits) {
  EXPECT_THAT(Hasher().hex(), MatchesRegex("[0-9a-f]{16}"));
  EXPECT_THAT(Hasher().add(std::string(1000, '\xff')).hex(), MatchesRegex("[0-9a-f]{16}"));
}

// Regression guard: values computed once from the current implementation. If they change, every
// learner's build cache is invalidated and source_hash in progress.json no longer matches: change
// them only on purpose. (The initial state is 1469598103934665603, not FNV-1a's offset basis
// 14695981039346656037, one digit shorter; the values below pin what the code does today.)
TEST(HashTest, KnownValuesAreStable) {
  EXPECT_EQ(Hasher().hex(), "14650fb0739d0383");
  EXPECT_EQ(Hasher().add("course").add("1.1").hex(), "bfe182793f2e9c6b");
  EXPECT_EQ(Hasher().add("").hex(), "9b0c1d00c5d32b49");
}

TEST(HashTest, AddFileHashesTheFileBytes) {
  course_test::TempDir tmp;
  const std::string bytes = std::string("line one\nline two\0binary\xff", 26);
  course_test::write_file(tmp.path() / "source.cpp", bytes);
  EXPECT_EQ(Hasher().add_file(tmp.path() / "source.cpp").hex(), Hasher().add(bytes).hex());
  EXPECT_EQ(Hasher().add("key").add_file(tmp.path() / "source.cpp").hex(),
            Hasher().add("key").add(bytes).hex());
}

TEST(HashTest, AddFileOnMissingFileThrowsInputErrorNamingIt) {
  course_test::TempDir tmp;
  const auto missing = tmp.path() / "gone.hpp";
  try {
    Hasher().add_file(missing);
    FAIL() << "add_file did not throw";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), ExitCode::kBadInput);
    EXPECT_EQ(e.file(), missing.string());
    EXPECT_THAT(e.what(), HasSubstr(missing.string()));
    EXPECT_THAT(e.what(), HasSubstr("cannot read"));
  }
}

// Regression: std::ifstream opens a directory without error on Linux and reading it yields no
// bytes, so add_file used to hash a directory as an empty file instead of throwing.
TEST(HashTest, AddFileOnDirectoryThrowsInputError) {
  course_test::TempDir tmp;
  try {
    Hasher().add_file(tmp.path());
    FAIL() << "add_file hashed a directory";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), tmp.path().string());
  }
}

}  // namespace
}  // namespace course
