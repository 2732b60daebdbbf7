#include "course/grade/manual_marks.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "../yaml_node.hpp"
#include "course/error.hpp"

namespace course {
namespace {

constexpr int kSchemaVersion = 1;

struct RawMark {
  std::string submission, criterion, points, comment;
  std::size_t line = 0;
};

// One CSV record per line (RFC 4180 quoting; a quoted field may not span lines here).
std::vector<std::string> csv_fields(const std::string& line, const std::string& file,
                                    std::size_t number) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (quoted) {
      if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        out.back() += ch;
      }
    } else if (ch == '"' && out.back().empty()) {
      quoted = true;
    } else if (ch == ',') {
      out.emplace_back();
    } else if (ch != '\r') {
      out.back() += ch;
    }
  }
  if (quoted) throw InputError(file, number, 0, "", "unterminated quoted field");
  return out;
}

std::vector<RawMark> read_csv(const std::filesystem::path& path, const std::string& display) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(display, 0, 0, "", "cannot read file");
  std::string line;
  std::size_t number = 0;
  std::vector<RawMark> out;
  const std::vector<std::string> header = {"submission", "criterion", "points", "comment"};
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line == "\r") continue;
    auto fields = csv_fields(line, display, number);
    if (number == 1) {
      if (fields.size() == 3) fields.push_back("comment");
      if (fields != header)
        throw InputError(display, 1, 0, "header",
                         "expected 'submission,criterion,points,comment' (comment optional)");
      continue;
    }
    if (fields.size() == 3) fields.emplace_back();
    if (fields.size() != 4)
      throw InputError(display, number, 0, "",
                       "expected 3 or 4 fields, found " + std::to_string(fields.size()));
    out.push_back({fields[0], fields[1], fields[2], fields[3], number});
  }
  return out;
}

std::vector<RawMark> read_yaml(const std::filesystem::path& path, const std::string& display) {
  const yaml::Node n = yaml::load_yaml_file(path, display, kSchemaVersion);
  n.expect_map({"schema_version", "marks"});
  std::vector<RawMark> out;
  for (const auto& m : n.seq("marks", true)) {
    m.expect_map({"submission", "criterion", "points", "comment"});
    const auto line = std::size_t(m.raw().Mark().line + 1);
    // Points are checked below with the CSV's; read as text so both fail alike.
    out.push_back(
        {m.str("submission"), m.str("criterion"), m.str("points"), m.str_or("comment", ""), line});
  }
  return out;
}

}  // namespace

ManualMarks load_manual_marks(const std::filesystem::path& file, const Assessment& assessment,
                              const std::vector<std::string>& submissions) {
  const std::string display = file.string();
  const std::string ext = file.extension().string();
  std::vector<RawMark> raw;
  if (ext == ".csv")
    raw = read_csv(file, display);
  else if (ext == ".yaml" || ext == ".yml")
    raw = read_yaml(file, display);
  else
    throw InputError(display, 0, 0, "", "manual marks must be a .yaml, .yml or .csv file");

  const std::set<std::string> known(submissions.begin(), submissions.end());
  std::set<std::pair<std::string, std::string>> seen;
  ManualMarks out;
  for (const auto& m : raw) {
    const RubricCriterion* criterion = nullptr;
    for (const auto& area : assessment.rubric)
      for (const auto& c : area.criteria)
        if (c.id == m.criterion) criterion = &c;
    if (!criterion)
      throw InputError(display, m.line, 0, "criterion",
                       "no criterion '" + m.criterion + "' in " + assessment.id + "'s rubric");
    if (!known.count(m.submission))
      throw InputError(display, m.line, 0, "submission",
                       "'" + m.submission + "' is not one of the submissions being graded");
    int points = -1;
    const bool digits = !m.points.empty() && m.points.size() < 6 &&
                        m.points.find_first_not_of("0123456789") == std::string::npos;
    if (digits) points = std::stoi(m.points);
    if (points < 0 || points > criterion->points)
      throw InputError(display, m.line, 0, "points",
                       "'" + m.points + "' is not a whole number between 0 and " +
                           std::to_string(criterion->points));
    if (!seen.insert({m.submission, m.criterion}).second)
      throw InputError(display, m.line, 0, "criterion",
                       "a second mark for " + m.submission + " / " + m.criterion);
    out[m.submission].push_back({m.criterion, points, m.comment});
  }
  for (auto& [name, list] : out)
    std::sort(list.begin(), list.end(),
              [](const ManualMark& a, const ManualMark& b) { return a.criterion < b.criterion; });
  return out;
}

void apply_manual_marks(const ManualMarks& marks, const Assessment& assessment,
                        std::vector<SubmissionResult>& results) {
  for (auto& r : results) {
    const auto it = marks.find(r.name);
    r.manual_marks = it == marks.end() ? std::vector<ManualMark>{} : it->second;
    score_submission(assessment, r);
  }
}

}  // namespace course
