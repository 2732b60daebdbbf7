// The contract between the trusted harness runtime and one exercise's harness file.
//
// Course code only: a learner's file never includes this (it would pull nlohmann/json into the
// learner's translation unit and cost ~1.5 s per compile; see PERF-NOTES.md).
//
// Protocol. The runner writes one JSON object per line to the child's stdin:
//   {"case": <index>, "nonce": "<per-run random hex>", "input": <case input>}
// The runtime (libcourse_harness.a, which holds main()) calls run_case() for each, in order, and
// writes one line per case to fd 3 (the result channel; stdout when fd 3 is not open):
//   {"case": <index>, "nonce": "...", "output": <value>, "micros": <learner time>}
//   {"case": <index>, "nonce": "...", "error": {"type": "std::out_of_range", "message": "..."},
//   ...}
// Nothing the learner prints on stdout/stderr is read as a result, and the parent judges outputs
// against expected values the child never receives.
#pragma once

#include <nlohmann/json.hpp>

namespace course::exercise {

// Defined by each exercise's harness: decode `input`, call the learner's function, encode what it
// returned. Exceptions thrown by the learner's code propagate; the runtime records them.
nlohmann::json run_case(const nlohmann::json& input);

}  // namespace course::exercise
