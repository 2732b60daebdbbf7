#include "course/error.hpp"

#include <utility>

namespace course {
namespace {

std::string located(const std::string& file, std::size_t line, std::size_t column,
                    const std::string& field, const std::string& message) {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  out += ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

}  // namespace

InputError::InputError(std::string file, std::size_t line, std::size_t column, std::string field,
                       const std::string& message)
    : Error(ExitCode::kBadInput, located(file, line, column, field, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      field_(std::move(field)) {}

void fail_usage(const std::string& message) { throw Error(ExitCode::kBadInput, message); }

void fail_input(const std::string& file, const std::string& message) {
  throw InputError(file, 0, 0, "", message);
}

void fail_internal(const std::string& message) { throw Error(ExitCode::kInternal, message); }

}  // namespace course
