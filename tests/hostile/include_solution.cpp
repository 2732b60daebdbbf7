// expect: compile_error
// expect-text: quality_checks.cpp: No such file or directory
// xfail-degraded: the degraded compiler runs as root and sees every file
// Includes the reference solution by absolute path, which would make the learner's file pass
// every checkpoint. The compiler runs in the sandbox, which does not contain solutions/.
#include "@COURSE_HOME@/solutions/01-data-validation/quality_checks.cpp"
