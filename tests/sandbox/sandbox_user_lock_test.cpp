// The sandbox uid pool (privileges.hpp): concurrent root-mode runs each hold their own uid, so
// batch grading runs in parallel and one run's sweep never reaches another's processes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "privileges.hpp"

namespace sandbox::internal {
namespace {

bool in_pool(uid_t uid) {
  return std::find(std::begin(kSandboxUids), std::end(kSandboxUids), uid) != std::end(kSandboxUids);
}

TEST(SandboxUserLock, ConcurrentHoldersGetDistinctPoolUids) {
  if (geteuid() != 0) GTEST_SKIP() << "the uid pool is used only by a root runner";
  std::string why;
  const SandboxUserLock first = SandboxUserLock::acquire_any(&why);
  ASSERT_TRUE(first.held()) << why;
  const SandboxUserLock second = SandboxUserLock::acquire_any(&why);
  ASSERT_TRUE(second.held()) << why;
  EXPECT_TRUE(in_pool(first.uid()));
  EXPECT_TRUE(in_pool(second.uid()));
  EXPECT_NE(first.uid(), second.uid());
}

TEST(SandboxUserLock, AReleasedUidIsFreeAgain) {
  if (geteuid() != 0) GTEST_SKIP() << "the uid pool is used only by a root runner";
  std::string why;
  uid_t released = 0;
  {
    const SandboxUserLock held = SandboxUserLock::acquire_any(&why);
    ASSERT_TRUE(held.held()) << why;
    released = held.uid();
  }
  // Held by nobody now (unless another process on the machine took it meanwhile): acquire it
  // explicitly, which blocks only while someone else holds it.
  const SandboxUserLock again = SandboxUserLock::acquire(released, &why);
  ASSERT_TRUE(again.held()) << why;
  EXPECT_EQ(again.uid(), released);
}

TEST(SandboxUserLock, PoolUidsAreUnnamedExceptNobody) {
  // The sweep kills every process of the uid: a pool uid must never be a real account's.
  for (const uid_t uid : kSandboxUids) {
    if (uid == kSandboxUid) continue;
    EXPECT_GE(uid, 65000u) << "outside Debian's reserved range";
    EXPECT_LE(uid, 65533u) << "outside Debian's reserved range";
  }
  EXPECT_EQ(kSandboxUid, 65534u);
}

}  // namespace
}  // namespace sandbox::internal
