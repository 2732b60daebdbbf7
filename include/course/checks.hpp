// Named checks: how the trusted parent judges one checkpoint from the child's outputs.
//
// A check compares what the child produced for each of a checkpoint's cases with the expected
// value the parent holds (the child never sees it). Module YAML names a check and gives its
// parameters; validate() rejects bad parameters when the course is loaded, so a typo in content
// fails `course validate`, not a learner's check. Adding a check = one class + one registry line.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

#include "course/content.hpp"

namespace course {

// What the child reported for one case.
struct CaseOutput {
  std::string case_id;
  const nlohmann::json* output = nullptr;  // The returned value; null when it raised.
  const nlohmann::json* expected =
      nullptr;                            // The parent's expected value (never sent to the child).
  std::optional<std::string> error_type;  // Set when the learner's code threw.
  std::string error_message;
};

struct Verdict {
  bool passed = false;
  std::string message;  // For a learner: what was expected and what came back.
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const char* name() const = 0;
  // Throws std::invalid_argument naming the bad or unknown parameter.
  virtual void validate(const CheckParams& params) const = 0;
  // Judges one case. Called only for cases whose record arrived intact.
  virtual Verdict judge(const CheckParams& params, const CaseOutput& out) const = 0;
};

// The registry. find_check returns nullptr for an unknown name.
const Check* find_check(const std::string& name);
std::string known_check_names();  // "approx, exact, must_raise, set_equal"

}  // namespace course
