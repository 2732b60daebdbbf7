// Tests of src/course/report/: each format frozen by approval files (tests/course/approval/),
// plus the rules every format must keep (escaping, hidden checkpoints, length caps).
//
// To accept a deliberate change: APPROVE=1 ctest -R course_engine.ReportApproval, then read
// the diff of tests/course/approval/ against the format's specification before committing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "course/report/formats.hpp"
#include "course/report_json.hpp"
#include "course_test_support.hpp"
#include "report_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using course::ExerciseResult;
using nlohmann::json;

const fs::path kApproved = fs::path(COURSE_TEST_SOURCE_DIR) / "tests/course/approval";

void expect_approved(const std::string& name, const std::string& actual) {
  const fs::path path = kApproved / name;
  const char* approve = std::getenv("APPROVE");
  if (approve && std::string(approve) == "1") {
    course_test::write_file(path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << path << " is missing: run with APPROVE=1, then read it";
  EXPECT_EQ(course_test::read_file(path), actual) << "differs from " << path;
}

TEST(ReportApproval, Json) {
  expect_approved("workspace.json", course::results_json(course_test::workspace_results()));
}

TEST(ReportApproval, Junit) {
  expect_approved("workspace.junit.xml", course::junit_xml(course_test::workspace_results()));
}

TEST(ReportApproval, Gradescope) {
  expect_approved("workspace.gradescope.json",
                  course::gradescope_json(course_test::workspace_results()));
}

TEST(ReportApproval, Exercism) {
  expect_approved("workspace.exercism.json",
                  course::exercism_json(course_test::workspace_results()));
  expect_approved("single.exercism.json", course::exercism_json({course_test::ran_exercise()}));
  expect_approved("compile_error.exercism.json",
                  course::exercism_json({course_test::compile_error_exercise()}));
}

TEST(ReportApproval, Github) {
  const course::GithubReport report = course::github_report(course_test::workspace_results());
  expect_approved("workspace.github.txt", report.commands);
  expect_approved("workspace.github-summary.md", report.summary);
}

TEST(ReportFormats, NamesRoundTrip) {
  for (const auto& name : course::report_format_names()) {
    const auto format = course::parse_report_format(name);
    ASSERT_TRUE(format) << name;
    EXPECT_EQ(course::report_format_names()[std::size_t(*format)], name);
  }
  EXPECT_FALSE(course::parse_report_format("xml"));
  EXPECT_THROW(course::render_report(course::ReportFormat::kHuman, {}), std::logic_error);
}

TEST(ReportFormats, JunitWritesOnlyCharactersXmlAllows) {
  const std::string xml = course::junit_xml({course_test::ran_exercise()});
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);  // ESC is illegal in XML 1.0
  EXPECT_EQ(xml.find('\x07'), std::string::npos);
  EXPECT_EQ(xml.find('\xff'), std::string::npos);  // invalid UTF-8
  EXPECT_NE(xml.find("#x1B[31mred"), std::string::npos);
  EXPECT_NE(xml.find("\xEF\xBF\xBD&lt;end&gt;"), std::string::npos);  // U+FFFD, then escaped
  EXPECT_NE(xml.find("memory#x07 (limit"), std::string::npos);
}

TEST(ReportFormats, ExercismCapsOutputAt500Characters) {
  std::string five_hundred;
  for (int i = 0; i < 500; ++i) five_hundred += "\u00e9";  // 2 bytes, 1 character
  ExerciseResult r = course_test::ran_exercise();
  r.program_output = five_hundred;
  EXPECT_EQ(json::parse(course::exercism_json({r}))["tests"][0]["output"], five_hundred);
  r.program_output = five_hundred + "more";
  EXPECT_EQ(json::parse(course::exercism_json({r}))["tests"][0]["output"],
            five_hundred + "\nOutput was truncated. Please limit to 500 chars");
}

// No format attaches the program's output to a hidden checkpoint, and none shows more of a
// hidden checkpoint than the grader's hidden-safe message.
TEST(ReportFormats, HiddenCheckpointsGetNoProgramOutput) {
  const auto results = course_test::workspace_results();
  const json exercism = json::parse(course::exercism_json(results));
  for (const auto& test : exercism["tests"]) {
    if (test["name"].get<std::string>().find("(hidden)") != std::string::npos) {
      EXPECT_FALSE(test.contains("output")) << test.dump();
    }
  }
  const json gradescope = json::parse(course::gradescope_json(results));
  for (const auto& test : gradescope["tests"]) {
    if (test["visibility"] == "hidden" && test.contains("output")) {
      EXPECT_EQ(test["output"].get<std::string>().find("debug:"), std::string::npos);
    }
  }
  const std::string xml = course::junit_xml(results);
  const auto hidden = xml.find("Every kind at once (hidden)");
  ASSERT_NE(hidden, std::string::npos);
  EXPECT_LT(xml.find("</testcase>", hidden), xml.find("debug:", hidden));
}

TEST(ReportFormats, GithubEscapesPropertiesAndData) {
  const std::string commands =
      course::github_report({course_test::compile_error_exercise()}).commands;
  // ',' and ':' inside a property would end it early; newline and % would break the command.
  EXPECT_NE(commands.find("::error file=exercises/02-eda/scale%2Cv2.cpp,line=12,col=5,"
                          "title=1.2%3A compiler error::expected ';' before '}' token\n"),
            std::string::npos)
      << commands;
  EXPECT_NE(commands.find("::unused variable 'y' [-Wunused-variable]%0A100%25 sure\n"),
            std::string::npos)
      << commands;
  for (std::size_t start = 0; start < commands.size();) {
    const std::size_t end = commands.find('\n', start);
    const std::string line = commands.substr(start, end - start);
    EXPECT_TRUE(line.rfind("::", 0) == 0 || line.rfind("course check:", 0) == 0) << line;
    start = end + 1;
  }
}

TEST(ReportFormats, ExercismErrorOnlyWhenNothingRan) {
  EXPECT_EQ(json::parse(course::exercism_json({course_test::compile_error_exercise()}))["status"],
            "error");
  EXPECT_EQ(json::parse(course::exercism_json(course_test::workspace_results()))["status"], "fail");
  ExerciseResult passed = course_test::ran_exercise();
  for (auto& c : passed.checkpoints) c.status = course::Status::kPassed;
  EXPECT_EQ(json::parse(course::exercism_json({passed}))["status"], "pass");
}

TEST(ReportFormats, NotStartedCountsAsFailedEverywhere) {
  const ExerciseResult r = course_test::not_started_exercise();
  EXPECT_FALSE(r.passed());
  EXPECT_EQ(r.max_points(), 5);
  const std::string xml = course::junit_xml({r});
  EXPECT_NE(xml.find("failures=\"2\" errors=\"0\" skipped=\"0\""), std::string::npos) << xml;
  const json gradescope = json::parse(course::gradescope_json({r}));
  EXPECT_EQ(gradescope["tests"][0]["status"], "failed");
  EXPECT_EQ(gradescope["extra_data"]["passed"], false);
  EXPECT_EQ(json::parse(course::exercism_json({r}))["status"], "fail");
  EXPECT_EQ(json::parse(course::results_json({r}))["exercises"][0]["not_started"], true);
}

}  // namespace
