#include "mlcore/error.hpp"

#include <string>
#include <utility>

namespace mlcore {

namespace {

std::string located(const std::string& source, std::size_t line, std::size_t column,
                    const std::string& message) {
  return source + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

}  // namespace

CsvError::CsvError(std::string source, std::size_t line, std::size_t column,
                   const std::string& message)
    : Error(located(source, line, column, message)),
      source_(std::move(source)),
      line_(line),
      column_(column),
      message_(message) {}

}  // namespace mlcore
