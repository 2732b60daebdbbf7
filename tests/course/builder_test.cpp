// Tests of src/course/grader/builder.cpp and pch.cpp: the build cache and the precompiled header,
// with the real compiler in the real sandbox (the default runner).
#include "course/grader/builder.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "course/grader/pch.hpp"
#include "course/grader/tool_run.hpp"
#include "course_test_support.hpp"
#include "sandbox/isolation.hpp"

namespace course {
namespace {

namespace fs = std::filesystem;
using course_test::read_file;
using course_test::TempDir;
using course_test::write_file;
using ::testing::HasSubstr;

bool has_phase(const BuildResult& r, const std::string& name) {
  return std::any_of(r.phases.begin(), r.phases.end(),
                     [&](const PhaseTiming& p) { return p.name == name; });
}

// A small header to precompile, so that these tests take seconds, not the real PCH's five.
struct PchFixture : ::testing::Test {
  void SetUp() override {
    runner = sandbox::make_default_runner();
    include = dir.path() / "include";
    fs::create_directories(include);
    write_file(include / "dep.hpp",
               "#pragma once\n#include <string>\ninline int dep() { return 1; }\n");
    write_file(include / "pch.hpp", "#pragma once\n#include \"dep.hpp\"\n#include <vector>\n");
    // World-readable: as root the sandboxed compiler runs as nobody.
    ::chmod(dir.path().c_str(), 0755);
    request.compile_argv = {Toolchain::from_build().cxx, "-std=c++17", "-O1",
                            "-I" + include.string()};
    request.inputs = {include.string()};
    request.header = include / "pch.hpp";
    request.cache_dir = dir.path() / "cache";
  }

  TempDir dir;
  fs::path include;
  std::unique_ptr<sandbox::ProcessRunner> runner;
  PchRequest request;
};

TEST_F(PchFixture, BuiltOnceThenReusedAndUsedByTheCompiler) {
  const PchResult first = ensure_pch(*runner, request);
  ASSERT_EQ(first.problem, "");
  EXPECT_TRUE(first.built);
  EXPECT_TRUE(fs::exists(first.include.string() + ".gch"));
  const PchResult again = ensure_pch(*runner, request);
  EXPECT_FALSE(again.built);
  EXPECT_EQ(again.include, first.include);

  // The compiler takes it (-H marks a PCH in use with '!'), in the sandbox, as a learner compile.
  fs::create_directories(dir.path() / "stage");
  write_file(dir.path() / "stage" / "a.cpp", "int f() { return dep(); }\n");
  auto argv = request.compile_argv;
  argv.insert(argv.end(), {"-include", first.include.string(), "-H", "-Winvalid-pch", "-c",
                           (dir.path() / "stage" / "a.cpp").string(), "-o",
                           (dir.path() / "stage" / "a.o").string()});
  const ToolRun run =
      run_tool(*runner, argv, dir.path() / "stage", {include.string(), first.dir.string()});
  EXPECT_TRUE(run.ok) << run.output;
  EXPECT_THAT(run.output, HasSubstr("! " + first.include.string() + ".gch"));
}

TEST_F(PchFixture, RebuiltWhenFlagsChange) {
  const PchResult first = ensure_pch(*runner, request);
  ASSERT_TRUE(first.built) << first.problem;
  PchRequest other = request;
  other.compile_argv.push_back("-DCOURSE_TEST_FLAG=1");
  EXPECT_NE(pch_key(other), pch_key(request));
  const PchResult second = ensure_pch(*runner, other);
  EXPECT_TRUE(second.built) << second.problem;
  EXPECT_NE(second.dir, first.dir);
}

TEST_F(PchFixture, RebuiltWhenAHeaderItWasBuiltFromChanges) {
  const PchResult first = ensure_pch(*runner, request);
  ASSERT_TRUE(first.built) << first.problem;
  // Same text, newer mtime: what a package upgrade looks like to the stamps.
  fs::last_write_time(include / "dep.hpp",
                      fs::last_write_time(include / "dep.hpp") + std::chrono::seconds(5));
  const PchResult second = ensure_pch(*runner, request);
  EXPECT_TRUE(second.built) << second.problem;
  EXPECT_EQ(second.dir, first.dir);
  EXPECT_FALSE(ensure_pch(*runner, request).built);
}

TEST_F(PchFixture, AHeaderThatDoesNotCompileMeansNoPchNotAFailure) {
  write_file(include / "pch.hpp", "#include \"no_such_header.hpp\"\n");
  const PchResult result = ensure_pch(*runner, request);
  EXPECT_EQ(result.include, "");
  EXPECT_THAT(result.problem, HasSubstr("no_such_header.hpp"));
  // Remembered: the next check does not pay for another attempt.
  const PchResult again = ensure_pch(*runner, request);
  EXPECT_EQ(again.include, "");
  EXPECT_FALSE(again.built);
}

// The real exercise 1.1 against the real harness and libraries, with a small PCH header.
TEST(BuilderTest, CacheHitWhenUnchangedMissAfterEdit) {
  TempDir dir;
  ::chmod(dir.path().c_str(), 0755);
  const fs::path root = COURSE_TEST_SOURCE_DIR;
  const fs::path learner = dir.path() / "quality_checks.cpp";
  const std::string starter = read_file(root / "exercises/01-data-validation/quality_checks.cpp");
  write_file(learner, starter);
  write_file(dir.path() / "small_pch.hpp", "#include <string>\n#include <vector>\n");
  Toolchain toolchain = Toolchain::from_build();
  toolchain.pch_header = (dir.path() / "small_pch.hpp").string();
  toolchain.pch_eigen_header = "";
  auto runner = sandbox::make_default_runner();
  Builder builder(toolchain, *runner);
  BuildRequest request;
  request.learner_source = learner;
  request.learner_display = "exercises/01-data-validation/quality_checks.cpp";
  request.header_dir = root / "exercises/01-data-validation";
  request.harness_source = root / "harnesses/01-data-validation/quality_checks_harness.cpp";
  request.cache_dir = dir.path() / "cache";

  const BuildResult first = builder.build(request);
  ASSERT_TRUE(first.ok) << first.output;
  EXPECT_FALSE(first.cached);
  for (const char* phase : {"pch", "compile", "harness", "link"})
    EXPECT_TRUE(has_phase(first, phase)) << phase;

  const BuildResult unchanged = builder.build(request);
  ASSERT_TRUE(unchanged.ok);
  EXPECT_TRUE(unchanged.cached);
  EXPECT_EQ(unchanged.executable, first.executable);
  EXPECT_TRUE(unchanged.phases.empty()) << "nothing compiled or linked";

  write_file(learner, starter + "// an edit\n");
  const BuildResult edited = builder.build(request);
  ASSERT_TRUE(edited.ok) << edited.output;
  EXPECT_FALSE(edited.cached);
  EXPECT_NE(edited.executable, first.executable);
  EXPECT_TRUE(has_phase(edited, "compile"));
  EXPECT_TRUE(has_phase(edited, "link"));
  EXPECT_FALSE(has_phase(edited, "harness")) << "the harness object is cached";
  EXPECT_FALSE(has_phase(edited, "pch")) << "the PCH is built once";
}

}  // namespace
}  // namespace course
