// Internal to the engine: the exercise part of load_course() (content_loader.cpp), shared with
// the assessment loader, whose exercises follow the module schema exactly.
#pragma once

#include <filesystem>
#include <string>

#include "course/content.hpp"
#include "yaml_node.hpp"

namespace course {

// The value of `key` in `owner` as a relative path under root/subdir that names an existing file
// (no absolute paths, no ".."); "" when absent and not required.
std::string course_file(const yaml::Node& owner, const std::string& key,
                        const std::filesystem::path& root, const std::string& subdir,
                        bool required);

// One exercise entry (docs/content-schema.md): files exist (with the mirrored solution), checks
// and their parameters are known, checkpoint ids are unique.
Exercise load_exercise(const yaml::Node& n, const std::filesystem::path& root);

}  // namespace course
