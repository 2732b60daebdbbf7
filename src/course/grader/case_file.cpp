#include "course/grader/case_file.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "course/error.hpp"

namespace course {

const Case* CaseFile::find(const std::string& id) const {
  for (const auto& c : cases)
    if (c.id == id) return &c;
  return nullptr;
}

std::size_t CaseFile::index_of(const std::string& id) const {
  for (std::size_t i = 0; i < cases.size(); ++i)
    if (cases[i].id == id) return i;
  return cases.size();
}

CaseFile load_case_file(const std::filesystem::path& path, const std::string& display) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_input(display, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(buffer.str());
  } catch (const nlohmann::json::parse_error& e) {
    fail_input(display, std::string("not valid JSON: ") + e.what());
  }
  if (!doc.is_object() || !doc.contains("schema_version") ||
      !doc["schema_version"].is_number_integer())
    fail_input(display, "missing integer 'schema_version'");
  if (doc["schema_version"].get<int>() > 1)
    fail_input(display, "schema_version is newer than this course runner; upgrade course");
  if (!doc.contains("cases") || !doc["cases"].is_array())
    fail_input(display, "missing list 'cases'");
  CaseFile file;
  file.exercise = doc.value("exercise", "");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < doc["cases"].size(); ++i) {
    const auto& c = doc["cases"][i];
    const std::string where = "cases[" + std::to_string(i) + "]";
    if (!c.is_object() || !c.contains("id") || !c["id"].is_string())
      fail_input(display, where + ": missing string 'id'");
    if (!c.contains("input")) fail_input(display, where + ": missing 'input'");
    const std::string id = c["id"].get<std::string>();
    if (!ids.insert(id).second) fail_input(display, where + ": duplicate case id '" + id + "'");
    file.cases.push_back({id, c["input"], c.value("expected", nlohmann::json())});
  }
  return file;
}

}  // namespace course
