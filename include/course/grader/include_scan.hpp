// Which precompiled header a learner file wants: does its source, through the course's own
// headers, reach a given system header (e.g. <Eigen/...>)? A textual scan of #include lines, with
// quoted and angled names resolved in the course's include directories; system headers are not
// entered. Cheap (a few small files per check) and only ever a speed decision.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace course {

// True when `source`, or a header it includes found in `search_dirs` (recursively), has an
// #include whose name starts with `prefix` (e.g. "Eigen/").
bool reaches_include(const std::string& source,
                     const std::vector<std::filesystem::path>& search_dirs,
                     const std::string& prefix);

}  // namespace course
