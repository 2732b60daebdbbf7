// The engine's one error type, mapped once in main() to the documented exit codes.
//
// A learner's failing code is NOT an error: it is a normal result with a status (see result.hpp).
// Errors are for bad usage, bad input (content, data, workspace, flags) and infrastructure faults.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace course {

// Exit codes, everywhere (DESIGN.md).
enum class ExitCode : int {
  kSuccess = 0,       // Everything passed / the command did what was asked.
  kChecksFailed = 1,  // Checks ran and something failed.
  kBadInput = 2,      // Bad usage or bad input; nothing was written.
  kInternal = 3,      // Internal error (a bug, or the machine refused: no compiler, no fork).
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

// Bad input at a place in a file: what() is "file:line:column: field: message" (line/column
// omitted when 0, field omitted when empty), so every message names where to look.
class InputError : public Error {
 public:
  InputError(std::string file, std::size_t line, std::size_t column, std::string field,
             const std::string& message);
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  const std::string& field() const { return field_; }

 private:
  std::string file_;
  std::size_t line_;
  std::size_t column_;
  std::string field_;
};

// Throw helpers: one place that builds each kind of error.
[[noreturn]] void fail_usage(const std::string& message);
[[noreturn]] void fail_input(const std::string& file, const std::string& message);
[[noreturn]] void fail_internal(const std::string& message);

}  // namespace course
