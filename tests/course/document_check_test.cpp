// Tests of src/course/grade/document_check.cpp: documents are judged by reading them, and every
// submission fault (missing, a link, too large) is a result with a message, never a throw.
#include "course/grade/document_check.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "course_test_support.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

DocumentRequirement report(int min_words = 5) {
  return {"report", "REPORT.md", {"Approach", "Results"}, min_words};
}

TEST(DocumentCheckTest, HeadingsAreAtxLinesOutsideCodeFences) {
  EXPECT_EQ(markdown_headings("# One\ntext\n## Two ##\n####### seven\n#nospace\n```\n# code\n```\n"
                              "   ### Three  \n"),
            (std::vector<std::string>{"One", "Two", "Three"}));
}

TEST(DocumentCheckTest, CompleteDocumentMeetsItsRequirement) {
  course_test::TempDir dir;
  course_test::write_file(dir.path() / "REPORT.md",
                          "# approach\nWe check every rule.\n\n## RESULTS \nAll pass.\n");
  const DocumentResult r = judge_document(report(), dir.path());
  EXPECT_TRUE(r.present);
  EXPECT_TRUE(r.met) << r.message;
  EXPECT_EQ(r.words, 10);  // By hand: "#", "approach", 4 words; "##", "RESULTS"; 2 words.
  EXPECT_TRUE(r.message.empty());
}

TEST(DocumentCheckTest, MissingSectionsAndShortTextAreNamed) {
  course_test::TempDir dir;
  course_test::write_file(dir.path() / "REPORT.md", "# Approach\nshort\n");
  const DocumentResult r = judge_document(report(20), dir.path());
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.met);
  EXPECT_EQ(r.missing_sections, std::vector<std::string>{"Results"});
  EXPECT_THAT(r.message, HasSubstr("missing section 'Results'"));
  EXPECT_THAT(r.message, HasSubstr("3 words, at least 20 needed"));
}

TEST(DocumentCheckTest, MissingFileIsAResult) {
  course_test::TempDir dir;
  const DocumentResult r = judge_document(report(), dir.path());
  EXPECT_FALSE(r.present);
  EXPECT_FALSE(r.met);
  EXPECT_THAT(r.message, HasSubstr("REPORT.md is missing"));
}

TEST(DocumentCheckTest, SymlinkIsNotFollowed) {
  // A link could point at the instructor's hidden data; the parent must not read it.
  course_test::TempDir dir;
  course_test::write_file(dir.path() / "secret.md", "# Approach\n# Results\nmany words here ok\n");
  fs::create_symlink(dir.path() / "secret.md", dir.path() / "REPORT.md");
  const DocumentResult r = judge_document(report(), dir.path());
  EXPECT_FALSE(r.present);
  EXPECT_EQ(r.words, 0);
  EXPECT_THAT(r.message, HasSubstr("not a regular file"));
}

TEST(DocumentCheckTest, OversizedFileIsNotRead) {
  course_test::TempDir dir;
  course_test::write_file(dir.path() / "REPORT.md", std::string(kMaxDocumentBytes + 1, 'a'));
  const DocumentResult r = judge_document(report(), dir.path());
  EXPECT_FALSE(r.met);
  EXPECT_THAT(r.message, HasSubstr("larger than 1 MiB"));
}

}  // namespace
}  // namespace course
