// An exercise's cases: inputs sent to the learner's program and the expected values the parent
// keeps. Stored as JSON under assessments/ (never copied into a workspace).
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace course {

struct Case {
  std::string id;
  nlohmann::json input;
  nlohmann::json expected;
};

struct CaseFile {
  std::string exercise;
  std::vector<Case> cases;
  const Case* find(const std::string& id) const;
  std::size_t index_of(const std::string& id) const;  // cases.size() when absent.
};

// Loads and validates {"schema_version": 1, "exercise": ..., "cases": [{id, input, expected}]}.
// Throws InputError naming the file and the problem (syntax error position, missing field,
// duplicate id, newer schema_version).
CaseFile load_case_file(const std::filesystem::path& path, const std::string& display);

}  // namespace course
