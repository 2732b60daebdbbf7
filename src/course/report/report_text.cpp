#include "report_text.hpp"

namespace course::report {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid.
std::size_t sequence_length(const std::string& text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned min_code = 0;
  unsigned code = 0;
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, min_code = 0x80, code = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min_code = 0x800, code = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min_code = 0x10000, code = lead & 0x07u;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if (!continuation(byte(k))) return 0;
    code = (code << 6) | (byte(k) & 0x3Fu);
  }
  const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
  if (code < min_code || surrogate || code > 0x10FFFF) return 0;
  return length;
}

}  // namespace

std::string valid_utf8(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

std::string replace_chars(const std::string& text,
                          const std::map<char, std::string>& replacements) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto it = replacements.find(c);
    if (it == replacements.end())
      out += c;
    else
      out += it->second;
  }
  return out;
}

std::size_t char_count(const std::string& text) {
  std::size_t count = 0;
  for (const char c : text) count += !continuation(static_cast<unsigned char>(c));
  return count;
}

std::string first_chars(const std::string& text, std::size_t max_chars) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (continuation(static_cast<unsigned char>(text[i]))) continue;
    if (count++ == max_chars) return text.substr(0, i);
  }
  return text;
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string checkpoint_detail(const ExerciseResult& exercise, const CheckpointResult& checkpoint) {
  if (checkpoint.status != Status::kCompileError || exercise.compiler_output.empty())
    return checkpoint.message;
  return checkpoint.message + "\n\n" + exercise.compiler_output;
}

bool nothing_ran(const ExerciseResult& exercise) {
  if (exercise.checkpoints.empty()) return true;
  for (const auto& c : exercise.checkpoints)
    if (c.status != Status::kCompileError && c.status != Status::kError) return false;
  return true;
}

std::string exercise_label(const ExerciseResult& exercise) {
  return exercise.exercise_id + " " + exercise.title;
}

}  // namespace course::report
