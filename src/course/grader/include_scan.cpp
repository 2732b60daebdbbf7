#include "course/grader/include_scan.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace course {
namespace fs = std::filesystem;
namespace {

// Header names of the #include lines of `text`, quoted or angled.
std::vector<std::string> included_names(const std::string& text) {
  std::vector<std::string> names;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const auto hash = line.find_first_not_of(" \t");
    if (hash == std::string::npos || line[hash] != '#') continue;
    const auto word = line.find_first_not_of(" \t", hash + 1);
    if (word == std::string::npos || line.compare(word, 7, "include") != 0) continue;
    const auto open = line.find_first_of("\"<", word + 7);
    if (open == std::string::npos) continue;
    const auto close = line.find(line[open] == '"' ? '"' : '>', open + 1);
    if (close != std::string::npos) names.push_back(line.substr(open + 1, close - open - 1));
  }
  return names;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool reaches_include(const std::string& source, const std::vector<fs::path>& search_dirs,
                     const std::string& prefix) {
  std::vector<std::string> pending = {source};
  std::set<fs::path> seen;
  while (!pending.empty()) {
    const std::string text = std::move(pending.back());
    pending.pop_back();
    for (const std::string& name : included_names(text)) {
      if (name.compare(0, prefix.size(), prefix) == 0) return true;
      for (const fs::path& dir : search_dirs) {
        std::error_code ec;
        const fs::path candidate = dir / name;
        if (!fs::is_regular_file(candidate, ec)) continue;
        if (seen.insert(candidate.lexically_normal()).second)
          pending.push_back(read_text(candidate));
        break;
      }
    }
  }
  return false;
}

}  // namespace course
