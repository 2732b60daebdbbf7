// g++ prints, for one error, a chain of "In file included from", "In instantiation of",
// "required from" lines, the error itself, the source line and a caret, then notes. For a learner
// the useful part is the error in their own file. We split the output into blocks (one per
// error/warning with its context and notes), show the blocks that point into the learner's file
// first, drop instantiation chatter, and cap the length.
#include "course/grader/diagnostics.hpp"

#include <regex>
#include <sstream>

namespace course {
namespace {

constexpr std::size_t kMaxLineChars = 1000;

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t pos = text.find(from); pos != std::string::npos;
       pos = text.find(from, pos + to.size()))
    text.replace(pos, from.size(), to);
}

bool is_noise(const std::string& line) {
  return line.find("In instantiation of") != std::string::npos ||
         line.find("required from") != std::string::npos ||
         line.find("In file included from") == 0 || line.find("                 from ") == 0 ||
         line.find(": In function") != std::string::npos ||
         line.find(": In member function") != std::string::npos ||
         line.find("compilation terminated.") == 0;
}

struct Block {
  std::vector<std::string> lines;
  bool in_learner_file = false;
  bool is_error = false;
};

}  // namespace

TrimmedDiagnostics trim_diagnostics(const std::string& raw, const std::string& staged_path,
                                    const std::string& display_path, std::size_t max_lines) {
  std::string text = raw;
  replace_all(text, staged_path, display_path);
  static const std::regex kHead(R"(^(.+?):(\d+):(\d+): (fatal error|error|warning|note): (.*)$)");
  static const std::regex kLinkError(R"(^.*(undefined reference to .*)$)");
  // In a template error the only pointer to the learner's code is "file:l:c:   required from
  // here", printed just before the error (which points into a library header).
  static const std::regex kRequiredFrom(R"(^(.+?):(\d+):(\d+):   required from here$)");
  std::string pending_pointer;  // A "required from here" line in the learner's file.
  int pending_line = 0, pending_column = 0;

  TrimmedDiagnostics out;
  std::vector<Block> blocks;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    // g++ echoes the offending source line; std::regex recurses per character and overflows the
    // stack on lines of ~50k characters. Nobody reads that much of one line anyway.
    if (line.size() > kMaxLineChars) line = line.substr(0, kMaxLineChars) + " …";
    std::smatch m;
    if (std::regex_match(line, m, kHead)) {
      const std::string severity = m[4] == "fatal error" ? "error" : m[4].str();
      out.diagnostics.push_back({m[1], std::stoi(m[2]), std::stoi(m[3]), severity, m[5]});
      if (severity != "note" || blocks.empty()) {
        blocks.push_back({});
        blocks.back().in_learner_file = m[1] == display_path;
        blocks.back().is_error = severity == "error";
        if (!pending_pointer.empty() && !blocks.back().in_learner_file) {
          // Show the error where the learner can act on it: their line, then the library's.
          blocks.back().lines.push_back(pending_pointer);
          blocks.back().in_learner_file = true;
          out.diagnostics.push_back({display_path, pending_line, pending_column, severity, m[5]});
        }
        pending_pointer.clear();
      }
      blocks.back().lines.push_back(line);
    } else if (std::regex_match(line, m, kLinkError)) {
      // The linker names no line; "undefined reference" usually means a function was deleted or
      // renamed, so attribute it to the learner's file.
      out.diagnostics.push_back({display_path, 0, 0, "error", m[1]});
      blocks.push_back({{display_path + ": error: " + m[1].str()}, true, true});
    } else if (std::regex_match(line, m, kRequiredFrom) && m[1] == display_path) {
      pending_pointer = line;
      pending_line = std::stoi(m[2]);
      pending_column = std::stoi(m[3]);
    } else if (!is_noise(line) && !blocks.empty()) {
      blocks.back().lines.push_back(line);  // Source excerpt and caret.
    }
  }

  std::vector<std::string> shown;
  auto emit = [&](bool learner, bool errors) {
    for (const auto& b : blocks)
      if (b.in_learner_file == learner && b.is_error == errors)
        shown.insert(shown.end(), b.lines.begin(), b.lines.end());
  };
  emit(true, true);   // Errors in the learner's file: what to fix first.
  emit(false, true);  // Errors elsewhere (usually a consequence; shown after).
  emit(true, false);  // Warnings in the learner's file.
  std::size_t total = shown.size();
  if (shown.empty() && !text.empty()) {  // Nothing recognisable: show the raw head.
    std::istringstream all(text);
    while (std::getline(all, line)) shown.push_back(line);
    total = shown.size();
  }
  for (std::size_t i = 0; i < shown.size() && i < max_lines; ++i) out.text += shown[i] + "\n";
  if (total > max_lines)
    out.text += "… " + std::to_string(total - max_lines) + " more lines of compiler output\n";
  return out;
}

}  // namespace course
