// Precompiled for every learner file (course::ensure_pch, `-include`d by the grader): the standard
// headers and lean mlcore headers exercises use. Kept small on purpose: g++ maps the whole PCH
// for every compile (~0.3 s per 50 MB), so a header most exercises do not need costs them all.
// Never nlohmann/json (PERF-NOTES.md). Exercises that reach Eigen get learner_pch_eigen.hpp.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mlcore/csv.hpp"
#include "mlcore/error.hpp"
#include "mlcore/table.hpp"
