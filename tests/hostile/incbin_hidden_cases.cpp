// expect: compile_error
// expect-text: cases.json
// xfail-degraded: the degraded compiler runs as root and sees every file
// Embeds the hidden cases into the binary with the assembler's .incbin, then returns them from
// the learner's function (hostile.sh replaces @COURSE_SOURCE@). The assembler runs in the sandbox
// too and finds no such file.
#include <stdexcept>

#include "quality_checks.hpp"

asm(".section .rodata\n.global hidden_cases\nhidden_cases:\n"
    ".incbin \"@COURSE_SOURCE@/assessments/exercises/1.1/cases.json\"\n.byte 0\n.text\n");
extern "C" const char hidden_cases[];

std::vector<ex::QualityIssue> ex::find_quality_issues(const mlcore::Table&,
                                                      const ex::DatasetRules&) {
  throw std::runtime_error(hidden_cases);
}
