// What the grader keeps of a sandboxed process's accounting: the numbers, under the grade's own
// name for the step (course/result.hpp, ResourceUse), without the sandbox's types.
#pragma once

#include <string>

#include "course/result.hpp"
#include "sandbox/process_runner.hpp"

namespace course {

// cpu_seconds is the cgroup's figure when the kernel counted one (it sees every task of the run),
// else the runner's rusage figure.
ResourceUse resource_use(std::string name, const sandbox::Result& result);

}  // namespace course
