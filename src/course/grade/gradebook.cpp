#include "course/grade/gradebook.hpp"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "course/error.hpp"
#include "course/grader/hash.hpp"

namespace course {
using nlohmann::json;
namespace {

// Fixed decimals: the same score prints the same on every machine and run.
std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", value);
  return text;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

double area_fraction(const SubmissionResult& r, const std::string& id) {
  for (const auto& a : r.areas)
    if (a.id == id) return a.fraction();
  return 0;
}

}  // namespace

AssessmentInfo assessment_info(const Course& course, const Assessment& assessment) {
  AssessmentInfo info;
  info.id = assessment.id;
  info.title = assessment.title;
  info.pass_mark = assessment.pass_mark;
  info.time_box_minutes = assessment.time_box_minutes;
  Hasher h;
  h.add_file(assessment.path);
  for (const auto& e : assessment.exercises) {
    h.add_file(course.harness_path(e)).add_file(course.cases_path(e));
    if (!e.header.empty()) h.add_file(course.root / "exercises" / e.header);
  }
  info.hash = h.hex();
  for (const auto& area : assessment.rubric)
    info.areas.push_back({area.id, area.title, area.weight, area.max_points()});
  return info;
}

std::string gradebook_csv(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows) {
  std::string out = "submission,status,score,passed";
  for (const auto& area : info.areas) out += "," + csv_field("area:" + area.id);
  out += ",isolation,grader_version,reason\n";
  for (const auto& r : rows) {
    out += csv_field(r.name) + "," + submission_status_name(r.status) + "," + decimal(r.score) +
           "," + (r.passed ? "pass" : "fail");
    for (const auto& area : info.areas) out += "," + decimal(area_fraction(r, area.id));
    out += "," + csv_field(r.isolation) + "," + csv_field(r.grader_version) + "," +
           csv_field(r.reason) + "\n";
  }
  return out;
}

std::string gradebook_json(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows,
                           const std::string& generated_at) {
  json areas = json::array(), submissions = json::array();
  for (const auto& area : info.areas)
    areas.push_back({{"id", area.id},
                     {"title", area.title},
                     {"weight", area.weight},
                     {"max_points", area.max_points}});
  for (const auto& r : rows) {
    json by_area = json::object();
    for (const auto& a : r.areas)
      by_area[a.id] = {
          {"points", a.points}, {"max_points", a.max_points}, {"score", decimal(a.fraction())}};
    submissions.push_back({{"submission", r.name},
                           {"status", submission_status_name(r.status)},
                           {"reason", r.reason},
                           {"score", decimal(r.score)},
                           {"passed", r.passed},
                           {"areas", by_area},
                           {"isolation", r.isolation},
                           {"grader_version", r.grader_version}});
  }
  const json doc = {
      {"format_version", kGradebookFormatVersion},
      {"generated_at", generated_at},
      {"assessment",
       {{"id", info.id},
        {"title", info.title},
        {"hash", info.hash},
        {"pass_mark", info.pass_mark},
        {"time_box_minutes", info.time_box_minutes},
        {"areas", areas}}},
      // The rows' grader (a merge may run a newer binary than the shards did).
      {"grader_version", rows.empty() ? grader_version() : rows.front().grader_version},
      {"submissions", submissions}};
  return doc.dump(2) + "\n";
}

Gradebook read_gradebook(const std::filesystem::path& dir) {
  const std::string display = (dir / "gradebook.json").string();
  std::ifstream in(dir / "gradebook.json", std::ios::binary);
  if (!in) throw InputError(display, 0, 0, "", "not found: is this a `course grade --out` folder?");
  std::ostringstream text;
  text << in.rdbuf();
  Gradebook g;
  try {
    const json j = json::parse(text.str());
    if (j.at("format_version").get<int>() > kGradebookFormatVersion)
      throw InputError(display, 0, 0, "format_version",
                       "written by a newer course; upgrade course");
    const json& a = j.at("assessment");
    g.info.id = a.at("id").get<std::string>();
    g.info.title = a.at("title").get<std::string>();
    g.info.hash = a.at("hash").get<std::string>();
    g.info.pass_mark = a.at("pass_mark").get<double>();
    g.info.time_box_minutes = a.at("time_box_minutes").get<int>();
    for (const auto& area : a.at("areas"))
      g.info.areas.push_back({area.at("id").get<std::string>(), area.at("title").get<std::string>(),
                              area.at("weight").get<double>(), area.at("max_points").get<int>()});
    g.grader_version = j.at("grader_version").get<std::string>();
    for (const auto& s : j.at("submissions"))
      g.submissions.push_back(s.at("submission").get<std::string>());
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    throw InputError(display, 0, 0, "", std::string("not a gradebook: ") + e.what());
  }
  return g;
}

}  // namespace course
