#include "course/grade/document_check.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace course {
namespace fs = std::filesystem;
namespace {

std::string trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

std::string lower(std::string s) {
  for (auto& ch : s) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

int count_words(const std::string& text) {
  int words = 0;
  bool in_word = false;
  for (const char ch : text) {
    const bool space = std::isspace(static_cast<unsigned char>(ch)) != 0;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::vector<std::string> markdown_headings(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream lines(text);
  std::string line;
  bool fenced = false;  // Lines inside ``` code blocks are code, not headings.
  while (std::getline(lines, line)) {
    const std::string t = trim(line);
    if (t.rfind("```", 0) == 0) fenced = !fenced;
    if (fenced || t.empty() || t[0] != '#') continue;
    std::size_t level = t.find_first_not_of('#');
    if (level == std::string::npos || level > 6 || (t[level] != ' ' && t[level] != '\t')) continue;
    std::string title = trim(t.substr(level));
    // A closing sequence of #s ("## Results ##") is not part of the title.
    while (!title.empty() && title.back() == '#') title.pop_back();
    out.push_back(trim(title));
  }
  return out;
}

DocumentResult judge_document(const DocumentRequirement& requirement,
                              const fs::path& submission_root) {
  DocumentResult r;
  r.id = requirement.id;
  r.file = requirement.file;
  const fs::path path = submission_root / requirement.file;
  std::error_code ec;
  // symlink_status: a link could point at the instructor's hidden data; it is not a document.
  const auto status = fs::symlink_status(path, ec);
  if (ec || !fs::exists(status)) {
    r.message = requirement.file + " is missing: add it at the root of the submission";
    return r;
  }
  if (!fs::is_regular_file(status)) {
    r.message = requirement.file +
                " is not a regular file (a link or a folder): submit the file "
                "itself";
    return r;
  }
  if (fs::file_size(path, ec) > kMaxDocumentBytes || ec) {
    r.message = requirement.file + " is larger than 1 MiB";
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    r.message = requirement.file + " cannot be read";
    return r;
  }
  const std::string text = buffer.str();
  r.present = true;
  r.words = count_words(text);
  std::vector<std::string> found;
  for (const auto& h : markdown_headings(text)) found.push_back(lower(h));
  for (const auto& section : requirement.sections)
    if (std::find(found.begin(), found.end(), lower(trim(section))) == found.end())
      r.missing_sections.push_back(section);
  std::string problems;
  if (!r.missing_sections.empty()) {
    problems = "missing section" + std::string(r.missing_sections.size() > 1 ? "s" : "");
    for (std::size_t i = 0; i < r.missing_sections.size(); ++i)
      problems += (i ? ", '" : " '") + r.missing_sections[i] + "'";
    problems += " (a Markdown heading such as '## " + r.missing_sections.front() + "')";
  }
  if (r.words < requirement.min_words) {
    if (!problems.empty()) problems += "; ";
    problems += std::to_string(r.words) + " words, at least " +
                std::to_string(requirement.min_words) + " needed";
  }
  r.met = problems.empty();
  if (!r.met) r.message = requirement.file + ": " + problems;
  return r;
}

}  // namespace course
