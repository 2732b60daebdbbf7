// sections: a written answer (a findings note, a model card) has every required Markdown section,
// each with some content. The runner checks structure and presence, not prose quality: numbers in
// such documents are checked by other checkpoints, and judgement is the instructor's (manual
// rubric criteria).
#include <cctype>
#include <sstream>

#include "builtin.hpp"
#include "check_support.hpp"

namespace course::checks {
namespace {

std::string lower_trimmed(const std::string& text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin &&
         (std::isspace(static_cast<unsigned char>(text[end - 1])) || text[end - 1] == '#'))
    --end;  // "## Data ##" closes with hashes in ATX style.
  std::string out = text.substr(begin, end - begin);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "## Title" → "title"; nullopt for a line that is not an ATX heading.
std::optional<std::string> heading_of(const std::string& line) {
  std::size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || hashes == line.size() || line[hashes] != ' ')
    return std::nullopt;
  return lower_trimmed(line.substr(hashes));
}

struct Section {
  std::string heading;
  std::size_t words = 0;
};

std::vector<Section> split_sections(const std::string& text) {
  std::vector<Section> out;
  std::istringstream lines(text);
  std::string line;
  bool fenced = false;  // Headings inside ``` code blocks are code, not structure.
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("```", 0) == 0) fenced = !fenced;
    const auto heading = fenced ? std::nullopt : heading_of(line);
    if (heading) {
      out.push_back({*heading, 0});
      continue;
    }
    if (out.empty()) continue;
    std::istringstream words(line);
    std::string word;
    while (words >> word) ++out.back().words;
  }
  return out;
}

class SectionsCheck : public Check {
 public:
  const char* name() const override { return "sections"; }
  void validate(const CheckParams& p) const override {
    allow_only(p, {"field", "min_words"}, {"sections"});
    if (list_param(p, "sections").empty())
      throw std::invalid_argument("give 'sections' (the required headings)");
    count_param(p, "min_words", 1);
  }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (!out.output) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const nlohmann::json* value = select(out.output, field);
    if (!value) return missing_field(field);
    if (!value->is_string()) return Verdict::fail("expected text (Markdown), got " + show(*value));
    const auto min_words = static_cast<std::size_t>(count_param(p, "min_words", 1).value_or(1));
    const std::vector<Section> found = split_sections(value->get<std::string>());
    for (const auto& wanted : list_param(p, "sections")) {
      const std::string key = lower_trimmed(wanted);
      const Section* section = nullptr;
      for (const auto& s : found)
        if (s.heading == key) section = &s;
      if (!section) {
        const std::string msg = "the document has no section headed '" + wanted +
                                "' (a Markdown heading line such as '## " + wanted + "')";
        return Verdict::fail(msg, msg);
      }
      if (section->words < min_words) {
        const std::string msg = "section '" + wanted + "' has " + std::to_string(section->words) +
                                " words; write at least " + std::to_string(min_words);
        return Verdict::fail(msg, msg);
      }
    }
    return Verdict::pass();
  }
};

}  // namespace

const Check& sections_check() {
  static const SectionsCheck check;
  return check;
}

}  // namespace course::checks
