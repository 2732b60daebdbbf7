// Internal to the report formats: an exercise's "resources" as `--format json` writes them (one
// object per ResourceUse, same fields), for the formats that carry free-form JSON (Gradescope's
// extra_data). Kept out of course/report_json.hpp so its many includers do not parse nlohmann.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "course/result.hpp"

namespace course {

nlohmann::json resources_json(const std::vector<ResourceUse>& resources);

}  // namespace course
