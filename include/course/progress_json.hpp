// progress.json <-> Progress. Kept apart from the store so the format can be tested alone.
#pragma once

#include <stdexcept>
#include <string>

#include "course/progress.hpp"

namespace course {

// Why a progress document was rejected; `newer` when its schema_version is from the future.
class ProgressFormatError : public std::runtime_error {
 public:
  ProgressFormatError(const std::string& message, bool newer)
      : std::runtime_error(message), newer_(newer) {}
  bool newer() const { return newer_; }

 private:
  bool newer_;
};

// Serializes with stable key order and 2-space indentation, ending in a newline.
std::string progress_to_json(const Progress& progress);

// Parses and validates (depth and size capped). Throws ProgressFormatError naming the line and
// column of a syntax error, or the field that is missing or of the wrong type.
Progress progress_from_json(const std::string& text);

}  // namespace course
