// Tests of src/sandbox/probe_cache.cpp (the bwrap probe's success remembered across processes)
// and of its use by sandbox_isolation() in fresh processes (isolation_status helper).
#include "probe_cache.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sandbox_test_support.hpp"

namespace sandbox::internal {
namespace {

namespace fs = std::filesystem;
using sandbox::test::TempDir;

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Sets COURSE_SANDBOX_PROBE_CACHE for one test.
class CacheDirEnv {
 public:
  explicit CacheDirEnv(const std::string& value) { ::setenv(kVar, value.c_str(), 1); }
  ~CacheDirEnv() { ::unsetenv(kVar); }

 private:
  static constexpr const char* kVar = "COURSE_SANDBOX_PROBE_CACHE";
};

TEST(ProbeCacheTest, KeyIsStableAndFollowsTheBwrapBinary) {
  TempDir dir;
  const std::string fake_bwrap = dir.path() + "/bwrap";
  std::ofstream(fake_bwrap) << "v1";
  const std::string key = probe_key(fake_bwrap, SANDBOX_INIT);
  EXPECT_EQ(probe_key(fake_bwrap, SANDBOX_INIT), key);
  // An upgraded bwrap (new size and mtime) is a different key: the old entry no longer counts.
  std::ofstream(fake_bwrap) << "version 2";
  fs::last_write_time(fake_bwrap, fs::last_write_time(fake_bwrap) + std::chrono::seconds(3));
  EXPECT_NE(probe_key(fake_bwrap, SANDBOX_INIT), key);
}

TEST(ProbeCacheTest, StoreMatchForget) {
  TempDir dir;
  const CacheDirEnv env(dir.path() + "/cache");
  const std::string key = probe_key(SANDBOX_BWRAP, SANDBOX_INIT);
  const std::string file = probe_cache_file(key);
  ASSERT_EQ(file.rfind(dir.path() + "/cache/probe-", 0), 0u) << file;
  EXPECT_FALSE(probe_cache_matches(file, key));
  probe_cache_store(file, key);
  EXPECT_TRUE(probe_cache_matches(file, key));
  EXPECT_FALSE(probe_cache_matches(file, key + "stale"));
  probe_cache_forget(file);
  EXPECT_FALSE(probe_cache_matches(file, key));
}

TEST(ProbeCacheTest, RefusesADirectoryOthersCanWriteAndCanBeTurnedOff) {
  TempDir dir;
  const std::string shared = dir.path() + "/shared";
  ::mkdir(shared.c_str(), 0777);
  ::chmod(shared.c_str(), 0777);
  {
    const CacheDirEnv env(shared);
    EXPECT_EQ(probe_cache_file("k"), "");
  }
  const CacheDirEnv off("off");
  EXPECT_EQ(probe_cache_file("k"), "");
}

// "cached bwrap|degraded|probed" from a fresh process (the decision is once per process).
std::string isolation_in_new_process(const std::string& cache_dir) {
  const std::string command =
      "COURSE_SANDBOX=auto COURSE_SANDBOX_PROBE_CACHE='" + cache_dir + "' " + ISOLATION_STATUS;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return "popen failed";
  char line[256] = {0};
  const bool got = std::fgets(line, sizeof line, pipe) != nullptr;
  ::pclose(pipe);
  std::string text = got ? line : "";
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

TEST(ProbeCacheTest, FreshProcessesProbeOnceThenTrustTheCacheAndReprobeAStaleEntry) {
  TempDir dir;
  const std::string cache = dir.path() + "/cache";
  EXPECT_EQ(isolation_in_new_process(cache), "bwrap probed");
  EXPECT_EQ(isolation_in_new_process(cache), "bwrap cached");
  // An entry whose content no longer matches (another kernel, another bwrap): probe again, and
  // the entry is rewritten with the current key.
  fs::path entry;
  for (const auto& e : fs::directory_iterator(cache)) entry = e.path();
  ASSERT_FALSE(entry.empty());
  const std::string key = read_text(entry.string());
  std::ofstream(entry) << "course-sandbox-probe v1\nsomething else\n";
  EXPECT_EQ(isolation_in_new_process(cache), "bwrap probed");
  EXPECT_EQ(read_text(entry.string()), key);
  EXPECT_EQ(isolation_in_new_process(cache), "bwrap cached");
}

}  // namespace
}  // namespace sandbox::internal
