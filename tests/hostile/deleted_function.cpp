// expect: compile_error
// expect-text: undefined reference to .*find_quality_issues
// modes: bwrap
// The learner deleted the function: the program cannot link, which is a compile error with the
// missing function named, not a pass.
#include "quality_checks.hpp"
