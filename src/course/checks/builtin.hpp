// The built-in checks, one accessor per check (each defined in its own file here). The registry
// in src/course/checks.cpp lists them.
#pragma once

#include "course/checks.hpp"

namespace course::checks {

const Check& exact_check();
const Check& approx_check();
const Check& set_equal_check();
const Check& must_raise_check();
const Check& index_partition_check();
const Check& stratified_check();
const Check& metric_threshold_check();
const Check& deterministic_check();
const Check& time_budget_check();
const Check& speedup_check();
const Check& sections_check();

}  // namespace course::checks
