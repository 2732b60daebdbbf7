// mlcore's one error type. Everything mlcore throws for bad input or misuse is an mlcore::Error
// (or a subclass carrying location), so callers catch one type.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace mlcore {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// A parse error at a location in a named source: what() is "source:line:column: message".
class CsvError : public Error {
 public:
  CsvError(std::string source, std::size_t line, std::size_t column, const std::string& message);
  const std::string& source() const { return source_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  const std::string& message() const { return message_; }

 private:
  std::string source_;
  std::size_t line_;
  std::size_t column_;
  std::string message_;
};

}  // namespace mlcore
