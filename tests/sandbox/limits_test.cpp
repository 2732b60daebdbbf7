// Limits::validate names the offending field; outcome_name gives stable names for reports.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>

#include "sandbox/process_runner.hpp"

namespace sandbox {
namespace {

// The message of the invalid_argument thrown by validate() after `change` (empty if none).
std::string rejection(const std::function<void(Limits&)>& change) {
  Limits limits;
  change(limits);
  try {
    limits.validate();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return {};
}

TEST(Limits, DefaultsAreValid) { EXPECT_NO_THROW(Limits().validate()); }

TEST(Limits, RejectsNegativeCpuSecondsNamingTheField) {
  const std::string message = rejection([](Limits& l) { l.cpu_seconds = -1; });
  EXPECT_NE(message.find("cpu_seconds"), std::string::npos) << message;
  EXPECT_NE(message.find("-1"), std::string::npos) << message;
}

TEST(Limits, RejectsZeroNanAndHugeTimes) {
  EXPECT_NE(rejection([](Limits& l) { l.cpu_seconds = 0; }).find("cpu_seconds"), std::string::npos);
  EXPECT_NE(rejection([](Limits& l) { l.wall_seconds = std::nan(""); }).find("wall_seconds"),
            std::string::npos);
  EXPECT_NE(rejection([](Limits& l) { l.wall_seconds = 1e12; }).find("wall_seconds"),
            std::string::npos);
}

TEST(Limits, RejectsOtherFieldsByName) {
  EXPECT_NE(rejection([](Limits& l) { l.address_space_bytes = 4096; }).find("address_space_bytes"),
            std::string::npos);
  EXPECT_NE(rejection([](Limits& l) { l.stack_bytes = 0; }).find("stack_bytes"), std::string::npos);
  EXPECT_NE(rejection([](Limits& l) { l.open_files = 3; }).find("open_files"), std::string::npos);
  EXPECT_NE(rejection([](Limits& l) { l.processes = -1; }).find("processes"), std::string::npos);
}

TEST(Limits, AcceptsDocumentedSpecialValues) {
  EXPECT_EQ(rejection([](Limits& l) { l.address_space_bytes = 0; }), "");  // Unlimited.
  EXPECT_EQ(rejection([](Limits& l) { l.file_size_bytes = 0; }), "");      // No files at all.
  EXPECT_EQ(rejection([](Limits& l) { l.processes = 0; }), "");            // No extra processes.
  EXPECT_EQ(rejection([](Limits& l) { l.stdout_cap_bytes = 0; }), "");     // Any output fails.
}

TEST(Outcome, NamesAreStable) {
  EXPECT_STREQ(outcome_name(Outcome::kExited), "exited");
  EXPECT_STREQ(outcome_name(Outcome::kSignaled), "signaled");
  EXPECT_STREQ(outcome_name(Outcome::kCpuTimeout), "cpu_timeout");
  EXPECT_STREQ(outcome_name(Outcome::kWallTimeout), "wall_timeout");
  EXPECT_STREQ(outcome_name(Outcome::kOutputLimit), "output_limit");
  EXPECT_STREQ(outcome_name(Outcome::kSpawnFailed), "spawn_failed");
}

}  // namespace
}  // namespace sandbox
