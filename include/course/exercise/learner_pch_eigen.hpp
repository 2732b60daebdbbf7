// Precompiled for learner files that reach <Eigen/...> (course::reaches_include decides): ~0.9 s
// of parsing per compile becomes ~0.2 s of loading (PERF-NOTES.md).
#pragma once

#include <Eigen/Dense>

#include "course/exercise/learner_pch.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/matrix.hpp"
