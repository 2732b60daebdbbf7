// Internal to the engine: the assessment part of load_course() (content_loader.cpp).
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "course/content.hpp"

namespace course {

// Loads one assessment file (docs/assessment-schema.md). `display` names it in errors;
// `exercise_ids` holds the ids already taken (module exercises, earlier assessments) and receives
// this assessment's; `expected_id` is the id the manifest gives it ("" = any). Throws InputError
// naming file:line:column and the field.
Assessment load_assessment(const std::filesystem::path& root, const std::filesystem::path& path,
                           const std::string& display, std::set<std::string>& exercise_ids,
                           const std::string& expected_id);

}  // namespace course
