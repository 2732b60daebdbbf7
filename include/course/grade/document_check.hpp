// Judging a submission's documents (MODEL_CARD.md, REPORT.md …) against the assessment's
// requirements. Runs in the trusted parent and only reads the file as text: a document is never
// compiled, executed or rendered as HTML here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "course/assessment.hpp"

namespace course {

struct DocumentResult {
  std::string id;
  std::string file;      // Relative to the submission root.
  bool present = false;  // A regular file (not a symlink) was found.
  bool met = false;      // Present, every section, enough words.
  int words = 0;
  std::vector<std::string> missing_sections;  // In the requirement's order.
  std::string message;                        // What to fix; "" when met.
};

// Documents larger than this are judged as missing: a grader reads, it does not stream.
constexpr std::uintmax_t kMaxDocumentBytes = 1u << 20;

// Reads `requirement.file` under `submission_root`. Never throws for the submission's faults
// (missing, a symlink, a directory, too large, unreadable): they are a result with a message.
DocumentResult judge_document(const DocumentRequirement& requirement,
                              const std::filesystem::path& submission_root);

// The Markdown headings of `text` (ATX style, "## Title"), trimmed, in order.
std::vector<std::string> markdown_headings(const std::string& text);

}  // namespace course
