// expect: compile_error
// expect-text: #include nested (depth|too deeply)
// modes: bwrap
// Includes itself (by its staged name) with no guard: the preprocessor's nesting limit stops it.
#include "quality_checks.cpp"

#include "quality_checks.hpp"
