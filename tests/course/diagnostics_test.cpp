// Tests of src/course/grader/diagnostics.cpp: g++ output rewritten for a learner (their path, their
// errors first, no template chatter, capped length) and parsed into Diagnostic values.
#include "course/grader/diagnostics.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace course {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

const std::string kStaged = "/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp";
const std::string kLearnerObject = "/tmp/ws/.course/cache/objects/1.1/learner-3f9a.o";
const std::string kDisplay = "exercises/01-data-validation/quality_checks.cpp";

// Real g++ 12.2 (Debian 12) output, captured by compiling broken snippets the way builder.cpp
// does: the learner's file staged at kStaged, the API header in the course, objects in the cache.
const std::string kHeaderErrorFirst =
    R"gcc(In file included from /tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:1:
/tmp/ws/course/exercises/01-data-validation/quality_checks.hpp: In function ‘int ex::helper()’:
/tmp/ws/course/exercises/01-data-validation/quality_checks.hpp:4:30: error: ‘undeclared_in_header’ was not declared in this scope
    4 | inline int helper() { return undeclared_in_header; }
      |                              ^~~~~~~~~~~~~~~~~~~~
/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp: In function ‘int ex::count_rows(const std::vector<int>&)’:
/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:6:3: error: expected ‘,’ or ‘;’ before ‘for’
    6 |   for (int r : rows) total += r;
      |   ^~~
)gcc";
const std::string kTemplateError =
    R"gcc(/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp: In function ‘int first_row(const std::vector<Issue>&)’:
/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:8:63: error: ‘const __gnu_cxx::__alloc_traits<std::allocator<Issue>, Issue>::value_type’ {aka ‘const struct Issue’} has no member named ‘rw’; did you mean ‘row’?
    8 | int first_row(const std::vector<Issue>& v) { return v.front().rw; }
      |                                                               ^~
      |                                                               row
In file included from /usr/include/c++/12/bits/stl_algobase.h:71,
                 from /usr/include/c++/12/algorithm:60,
                 from /tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:1:
/usr/include/c++/12/bits/predefined_ops.h: In instantiation of ‘constexpr bool __gnu_cxx::__ops::_Iter_less_iter::operator()(_Iterator1, _Iterator2) const [with _Iterator1 = __gnu_cxx::__normal_iterator<Issue*, std::vector<Issue> >; _Iterator2 = __gnu_cxx::__normal_iterator<Issue*, std::vector<Issue> >]’:
/usr/include/c++/12/bits/stl_algo.h:1809:14:   required from ‘void std::__insertion_sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<Issue*, vector<Issue> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1849:25:   required from ‘void std::__final_insertion_sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<Issue*, vector<Issue> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1940:31:   required from ‘void std::__sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<Issue*, vector<Issue> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:4820:18:   required from ‘void std::sort(_RAIter, _RAIter) [with _RAIter = __gnu_cxx::__normal_iterator<Issue*, vector<Issue> >]’
/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:6:12:   required from here
/usr/include/c++/12/bits/predefined_ops.h:45:23: error: no match for ‘operator<’ (operand types are ‘Issue’ and ‘Issue’)
   45 |       { return *__it1 < *__it2; }
      |                ~~~~~~~^~~~~~~~
In file included from /usr/include/c++/12/bits/stl_algobase.h:67:
/usr/include/c++/12/bits/stl_iterator.h:1246:5: note: candidate: ‘template<class _IteratorL, class _IteratorR, class _Container> bool __gnu_cxx::operator<(const __normal_iterator<_IteratorL, _Container>&, const __normal_iterator<_IteratorR, _Container>&)’
 1246 |     operator<(const __normal_iterator<_IteratorL, _Container>& __lhs,
      |     ^~~~~~~~
/usr/include/c++/12/bits/stl_iterator.h:1246:5: note:   template argument deduction/substitution failed:
/usr/include/c++/12/bits/predefined_ops.h:45:23: note:   ‘Issue’ is not derived from ‘const __gnu_cxx::__normal_iterator<_IteratorL, _Container>’
   45 |       { return *__it1 < *__it2; }
      |                ~~~~~~~^~~~~~~~
/usr/include/c++/12/bits/stl_iterator.h:1254:5: note: candidate: ‘template<class _Iterator, class _Container> bool __gnu_cxx::operator<(const __normal_iterator<_Iterator, _Container>&, const __normal_iterator<_Iterator, _Container>&)’
 1254 |     operator<(const __normal_iterator<_Iterator, _Container>& __lhs,
      |     ^~~~~~~~
/usr/include/c++/12/bits/stl_iterator.h:1254:5: note:   template argument deduction/substitution failed:
/usr/include/c++/12/bits/predefined_ops.h:45:23: note:   ‘Issue’ is not derived from ‘const __gnu_cxx::__normal_iterator<_Iterator, _Container>’
   45 |       { return *__it1 < *__it2; }
      |                ~~~~~~~^~~~~~~~
)gcc";
const std::string kFatalError =
    R"gcc(/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:1:10: fatal error: missing_header.hpp: No such file or directory
    1 | #include "missing_header.hpp"
      |          ^~~~~~~~~~~~~~~~~~~~
compilation terminated.
)gcc";
const std::string kErrorAndWarning =
    R"gcc(/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp: In function ‘int f(int)’:
/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:3:11: error: expected ‘;’ before ‘}’ token
    3 |   return x
      |           ^
      |           ;
    4 | }
      | ~          
/tmp/ws/.course/cache/tmp/build-q7XkP2/quality_checks.cpp:2:7: warning: unused variable ‘unused’ [-Wunused-variable]
    2 |   int unused = 3;
      |       ^~~~~~
)gcc";
const std::string kLinkError =
    R"gcc(/usr/bin/ld: /tmp/ws/.course/cache/objects/1.1/learner-3f9a.o: in function `ex::count_issues(int)':
quality_checks.cpp:(.text+0x11): undefined reference to `ex::find_issues(int)'
/usr/bin/ld: /tmp/ws/.course/cache/objects/1.1/harness-77c1.o: in function `main':
harness.cpp:(.text+0x1b): undefined reference to `ex::find_quality_issues(int)'
collect2: error: ld returned 1 exit status
)gcc";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

TEST(DiagnosticsTest, StagedPathIsReplacedByDisplayPath) {
  for (const std::string* raw :
       {&kHeaderErrorFirst, &kTemplateError, &kFatalError, &kErrorAndWarning}) {
    const TrimmedDiagnostics t = trim_diagnostics(*raw, kStaged, kDisplay);
    EXPECT_THAT(t.text, Not(HasSubstr("build-q7XkP2"))) << t.text;
    EXPECT_THAT(t.text, HasSubstr(kDisplay + ":"));
    for (const auto& d : t.diagnostics) EXPECT_THAT(d.file, Not(HasSubstr("build-q7XkP2")));
  }
}

TEST(DiagnosticsTest, LearnerFileErrorComesFirstEvenWhenAHeaderErrorIsFirstInRawOutput) {
  ASSERT_LT(kHeaderErrorFirst.find("quality_checks.hpp:4:30: error"),
            kHeaderErrorFirst.find("quality_checks.cpp:6:3: error"));
  const TrimmedDiagnostics t = trim_diagnostics(kHeaderErrorFirst, kStaged, kDisplay);
  const std::vector<std::string> lines = lines_of(t.text);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], kDisplay + ":6:3: error: expected ‘,’ or ‘;’ before ‘for’");
  EXPECT_EQ(lines[1], "    6 |   for (int r : rows) total += r;") << "the source excerpt follows";
  // The header's error is still shown, after the learner's.
  const auto learner = t.text.find(kDisplay + ":6:3");
  const auto header = t.text.find("quality_checks.hpp:4:30: error");
  ASSERT_NE(header, std::string::npos);
  EXPECT_LT(learner, header);
}

TEST(DiagnosticsTest, IncludeAndFunctionContextLinesAreDropped) {
  const TrimmedDiagnostics t = trim_diagnostics(kHeaderErrorFirst, kStaged, kDisplay);
  EXPECT_THAT(t.text, Not(HasSubstr("In file included from")));
  EXPECT_THAT(t.text, Not(HasSubstr("In function")));
  EXPECT_EQ(lines_of(t.text).size(), 6u);  // Two errors, each with its excerpt and caret.
}

TEST(DiagnosticsTest, InstantiationChatterIsDropped) {
  const TrimmedDiagnostics t = trim_diagnostics(kTemplateError, kStaged, kDisplay);
  EXPECT_THAT(t.text, Not(HasSubstr("In instantiation of")));
  // "required from" survives only where it points into the learner's file (their line).
  for (const auto& line : lines_of(t.text)) {
    if (line.find("required from") != std::string::npos) {
      EXPECT_THAT(line, StartsWith(kDisplay + ":"));
    }
  }
  EXPECT_THAT(t.text, Not(HasSubstr("In file included from")));
  EXPECT_THAT(t.text, Not(HasSubstr("                 from ")));
  // The learner's own error first, then the library error with its notes.
  EXPECT_THAT(t.text, StartsWith(kDisplay + ":8:63: error: "));
  EXPECT_THAT(t.text, HasSubstr("did you mean ‘row’?"));
  EXPECT_THAT(t.text, HasSubstr("predefined_ops.h:45:23: error: no match for ‘operator<’"));
  EXPECT_THAT(t.text, HasSubstr("note: candidate:"));
}

TEST(DiagnosticsTest, DiagnosticsCarryFileLineColumnSeverityAndMessage) {
  const TrimmedDiagnostics t = trim_diagnostics(kHeaderErrorFirst, kStaged, kDisplay);
  ASSERT_EQ(t.diagnostics.size(), 2u);
  // In raw-output order.
  EXPECT_EQ(t.diagnostics[0].file,
            "/tmp/ws/course/exercises/01-data-validation/quality_checks.hpp");
  EXPECT_EQ(t.diagnostics[0].line, 4);
  EXPECT_EQ(t.diagnostics[0].column, 30);
  EXPECT_EQ(t.diagnostics[0].severity, "error");
  EXPECT_EQ(t.diagnostics[0].message, "‘undeclared_in_header’ was not declared in this scope");
  EXPECT_EQ(t.diagnostics[1].file, kDisplay);
  EXPECT_EQ(t.diagnostics[1].line, 6);
  EXPECT_EQ(t.diagnostics[1].column, 3);
  EXPECT_EQ(t.diagnostics[1].severity, "error");
  EXPECT_EQ(t.diagnostics[1].message, "expected ‘,’ or ‘;’ before ‘for’");

  const TrimmedDiagnostics tmpl = trim_diagnostics(kTemplateError, kStaged, kDisplay);
  // 2 errors + 6 notes + the learner-line pointer of the library error ("required from here").
  ASSERT_EQ(tmpl.diagnostics.size(), 9u);
  EXPECT_EQ(std::count_if(tmpl.diagnostics.begin(), tmpl.diagnostics.end(),
                          [](const Diagnostic& d) { return d.severity == "note"; }),
            6);
  // Right after the library error: its pointer to the learner's line, then the first note.
  EXPECT_EQ(tmpl.diagnostics[2].file, kDisplay);
  EXPECT_EQ(tmpl.diagnostics[2].line, 6);
  EXPECT_EQ(tmpl.diagnostics[2].severity, "error");
  EXPECT_EQ(tmpl.diagnostics[3].file, "/usr/include/c++/12/bits/stl_iterator.h");
  EXPECT_EQ(tmpl.diagnostics[3].line, 1246);
  EXPECT_EQ(tmpl.diagnostics[3].column, 5);
}

TEST(DiagnosticsTest, FatalErrorIsAnErrorAndCompilationTerminatedIsDropped) {
  const TrimmedDiagnostics t = trim_diagnostics(kFatalError, kStaged, kDisplay);
  ASSERT_EQ(t.diagnostics.size(), 1u);
  EXPECT_EQ(t.diagnostics[0].file, kDisplay);
  EXPECT_EQ(t.diagnostics[0].line, 1);
  EXPECT_EQ(t.diagnostics[0].column, 10);
  EXPECT_EQ(t.diagnostics[0].severity, "error");
  EXPECT_EQ(t.diagnostics[0].message, "missing_header.hpp: No such file or directory");
  EXPECT_THAT(t.text, StartsWith(kDisplay + ":1:10: fatal error: missing_header.hpp"));
  EXPECT_THAT(t.text, Not(HasSubstr("compilation terminated")));
}

TEST(DiagnosticsTest, LearnerWarningsComeAfterErrors) {
  const TrimmedDiagnostics t = trim_diagnostics(kErrorAndWarning, kStaged, kDisplay);
  ASSERT_EQ(t.diagnostics.size(), 2u);
  EXPECT_EQ(t.diagnostics[1].severity, "warning");
  EXPECT_EQ(t.diagnostics[1].line, 2);
  const auto error = t.text.find(kDisplay + ":3:11: error");
  const auto warning = t.text.find(kDisplay + ":2:7: warning: unused variable");
  ASSERT_NE(error, std::string::npos);
  ASSERT_NE(warning, std::string::npos);
  EXPECT_LT(error, warning);
}

TEST(DiagnosticsTest, UndefinedReferenceIsAttributedToTheLearnerFile) {
  const TrimmedDiagnostics t = trim_diagnostics(kLinkError, kLearnerObject, kDisplay);
  ASSERT_EQ(t.diagnostics.size(), 2u);
  for (const auto& d : t.diagnostics) {
    EXPECT_EQ(d.file, kDisplay);
    EXPECT_EQ(d.line, 0);
    EXPECT_EQ(d.column, 0);
    EXPECT_EQ(d.severity, "error");
  }
  EXPECT_EQ(t.diagnostics[0].message, "undefined reference to `ex::find_issues(int)'");
  EXPECT_EQ(t.diagnostics[1].message, "undefined reference to `ex::find_quality_issues(int)'");
  EXPECT_THAT(t.text,
              StartsWith(kDisplay + ": error: undefined reference to `ex::find_issues(int)'"));
  EXPECT_THAT(t.text, HasSubstr(kDisplay +
                                ": error: undefined reference to `ex::find_quality_issues(int)'"));
  EXPECT_THAT(t.text, Not(HasSubstr("learner-3f9a.o")));
}

TEST(DiagnosticsTest, OutputIsCappedAtMaxLinesWithANote) {
  const TrimmedDiagnostics full = trim_diagnostics(kTemplateError, kStaged, kDisplay, 1000);
  const std::size_t total = lines_of(full.text).size();
  ASSERT_GT(total, 5u);
  EXPECT_THAT(full.text, Not(HasSubstr("more lines")));

  const TrimmedDiagnostics capped = trim_diagnostics(kTemplateError, kStaged, kDisplay, 5);
  const std::vector<std::string> lines = lines_of(capped.text);
  ASSERT_EQ(lines.size(), 6u);
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(lines[i], lines_of(full.text)[i]);
  EXPECT_EQ(lines[5], "… " + std::to_string(total - 5) + " more lines of compiler output");
  // The cap limits the text, not the parsed diagnostics.
  EXPECT_EQ(capped.diagnostics.size(), full.diagnostics.size());

  // Exactly at the cap: no note.
  const TrimmedDiagnostics exact = trim_diagnostics(kTemplateError, kStaged, kDisplay, total);
  EXPECT_THAT(exact.text, Not(HasSubstr("more lines")));
}

TEST(DiagnosticsTest, DefaultCapIsFortyLines) {
  std::string raw;
  for (int i = 1; i <= 30; ++i)
    raw += kStaged + ":" + std::to_string(i) + ":1: error: ‘x" + std::to_string(i) +
           "’ was not declared in this scope\n    | excerpt\n";
  const TrimmedDiagnostics t = trim_diagnostics(raw, kStaged, kDisplay);
  EXPECT_EQ(t.diagnostics.size(), 30u);
  const std::vector<std::string> lines = lines_of(t.text);
  ASSERT_EQ(lines.size(), 41u);
  EXPECT_EQ(lines.back(), "… 20 more lines of compiler output");
}

TEST(DiagnosticsTest, UnrecognisedOutputIsShownRaw) {
  const std::string raw =
      "g++: fatal error: cannot execute ‘cc1plus’: execvp: No such file or directory\n";
  const TrimmedDiagnostics t = trim_diagnostics(raw, kStaged, kDisplay);
  EXPECT_EQ(t.text, raw);
  EXPECT_TRUE(t.diagnostics.empty());
  EXPECT_EQ(trim_diagnostics("", kStaged, kDisplay).text, "");
}

// Regression (found by these tests, fixed): diagnostics.cpp matches every line with std::regex,
// whose libstdc++ matcher recurses once per character; a line of ~50,000 characters overflows the 8
// MiB stack and kills the runner (SIGSEGV). g++ echoes the learner's source line, so a learner's
// long string literal is enough. Run with --gtest_also_run_disabled_tests after a fix.
TEST(DiagnosticsTest, VeryLongSourceLineDoesNotCrash) {
  const std::string literal(60000, 'a');
  const std::string raw = kStaged +
                          ":1:9: error: invalid conversion from ‘const char*’ to ‘int’\n"
                          "    1 | int x = \"" +
                          literal + "\";\n";
  const TrimmedDiagnostics t = trim_diagnostics(raw, kStaged, kDisplay);
  EXPECT_EQ(t.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace course

// Regression: in a template error the learner's line only appears as "required from here"; it
// used to be dropped as noise, leaving only /usr/include locations. Real g++ 12 output for
// std::sort on a type without operator<.
TEST(DiagnosticsTest, TemplateErrorLeadsWithTheLearnersRequiredFromHereLine) {
  const std::string raw = R"RAW(In file included from /usr/include/c++/12/bits/stl_algobase.h:71,
                 from /usr/include/c++/12/algorithm:60,
                 from quality_checks.cpp:1:
/usr/include/c++/12/bits/predefined_ops.h: In instantiation of ‘constexpr bool __gnu_cxx::__ops::_Iter_less_iter::operator()(_Iterator1, _Iterator2) const [with _Iterator1 = __gnu_cxx::__normal_iterator<P*, std::vector<P> >; _Iterator2 = __gnu_cxx::__normal_iterator<P*, std::vector<P> >]’:
/usr/include/c++/12/bits/stl_algo.h:1809:14:   required from ‘void std::__insertion_sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1849:25:   required from ‘void std::__final_insertion_sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1940:31:   required from ‘void std::__sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:4820:18:   required from ‘void std::sort(_RAIter, _RAIter) [with _RAIter = __gnu_cxx::__normal_iterator<P*, vector<P> >]’
quality_checks.cpp:6:12:   required from here
/usr/include/c++/12/bits/predefined_ops.h:45:23: error: no match for ‘operator<’ (operand types are ‘P’ and ‘P’)
   45 |       { return *__it1 < *__it2; }
      |                ~~~~~~~^~~~~~~~
In file included from /usr/include/c++/12/bits/stl_algobase.h:67:
/usr/include/c++/12/bits/stl_iterator.h:1246:5: note: candidate: ‘template<class _IteratorL, class _IteratorR, class _Container> bool __gnu_cxx::operator<(const __normal_iterator<_IteratorL, _Container>&, const __normal_iterator<_IteratorR, _Container>&)’
 1246 |     operator<(const __normal_iterator<_IteratorL, _Container>& __lhs,
      |     ^~~~~~~~
/usr/include/c++/12/bits/stl_iterator.h:1246:5: note:   template argument deduction/substitution failed:
/usr/include/c++/12/bits/predefined_ops.h:45:23: note:   ‘P’ is not derived from ‘const __gnu_cxx::__normal_iterator<_IteratorL, _Container>’
   45 |       { return *__it1 < *__it2; }
      |                ~~~~~~~^~~~~~~~
/usr/include/c++/12/bits/stl_iterator.h:1254:5: note: candidate: ‘template<class _Iterator, class _Container> bool __gnu_cxx::operator<(const __normal_iterator<_Iterator, _Container>&, const __normal_iterator<_Iterator, _Container>&)’
 1254 |     operator<(const __normal_iterator<_Iterator, _Container>& __lhs,
      |     ^~~~~~~~
/usr/include/c++/12/bits/stl_iterator.h:1254:5: note:   template argument deduction/substitution failed:
/usr/include/c++/12/bits/predefined_ops.h:45:23: note:   ‘P’ is not derived from ‘const __gnu_cxx::__normal_iterator<_Iterator, _Container>’
   45 |       { return *__it1 < *__it2; }
      |                ~~~~~~~^~~~~~~~
/usr/include/c++/12/bits/predefined_ops.h: In instantiation of ‘bool __gnu_cxx::__ops::_Val_less_iter::operator()(_Value&, _Iterator) const [with _Value = P; _Iterator = __gnu_cxx::__normal_iterator<P*, std::vector<P> >]’:
/usr/include/c++/12/bits/stl_algo.h:1789:20:   required from ‘void std::__unguarded_linear_insert(_RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Val_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1817:36:   required from ‘void std::__insertion_sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1849:25:   required from ‘void std::__final_insertion_sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:1940:31:   required from ‘void std::__sort(_RandomAccessIterator, _RandomAccessIterator, _Compare) [with _RandomAccessIterator = __gnu_cxx::__normal_iterator<P*, vector<P> >; _Compare = __gnu_cxx::__ops::_Iter_less_iter]’
/usr/include/c++/12/bits/stl_algo.h:4820:18:   required from ‘void std::sort(_RAIter, _RAIter) [with _RAIter = __gnu_cxx::__normal_iterator<P*, vector<P> >]’
)RAW";
  const course::TrimmedDiagnostics t = course::trim_diagnostics(
      raw, "quality_checks.cpp", "exercises/01-data-validation/quality_checks.cpp");
  EXPECT_EQ(
      t.text.rfind("exercises/01-data-validation/quality_checks.cpp:6:12:   required from here", 0),
      0u)
      << t.text;
  EXPECT_THAT(t.text, ::testing::HasSubstr("no match for"));
  bool learner_line = false;
  for (const auto& d : t.diagnostics)
    learner_line |= d.file == "exercises/01-data-validation/quality_checks.cpp" && d.line == 6 &&
                    d.severity == "error";
  EXPECT_TRUE(learner_line) << "a diagnostic must point at the learner's line for annotations";
}
