// Helpers shared by the built-in checks: reading parameters, picking the judged part of a value,
// and the few failure messages every check words the same way.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "course/checks.hpp"

namespace course::checks {

// Parameters a check accepts; anything else is a content error. `scalars` must be single values;
// `lists` may be a list or a single value (read with list_param).
void allow_only(const CheckParams& params, const std::set<std::string>& scalars,
                const std::set<std::string>& lists = {});

// A non-negative number parameter, or `fallback` when absent.
double number_param(const CheckParams& params, const std::string& key, double fallback);
// Any finite number (r2 bars may be negative); nullopt when absent.
std::optional<double> signed_param(const CheckParams& params, const std::string& key);
// A whole number ≥ `min`; nullopt when absent.
std::optional<long> count_param(const CheckParams& params, const std::string& key, long min);
std::string scalar_param(const CheckParams& params, const std::string& key);
// A parameter given either as one value or as a list (`error_type: X` or `error_type: [X, Y]`).
std::vector<std::string> list_param(const CheckParams& params, const std::string& key);

// The part of a value a check looks at: the whole value, or one field of an object.
const nlohmann::json* select(const nlohmann::json* value, const std::string& field);

// A whole number ≥ 0 (0, 1, 2…), however JSON typed it; nullopt for -1, 1.5, "1", null.
std::optional<std::size_t> as_index(const nlohmann::json& value);

// A value as compact JSON, cut at max_chars, for messages.
std::string show(const nlohmann::json& value, std::size_t max_chars = 160);
// A number with 4 significant digits ("0.8125", "12.5").
std::string show_number(double value);

Verdict raised_instead(const CaseOutput& out);
Verdict missing_field(const std::string& field);

// `then: <check>`: a check that adds a condition (determinism, a time budget) on top of another
// check that judges each answer, with the checkpoint's remaining parameters. The named check must
// be an ordinary one (no runs of its own), so the grader's run planning stays one level deep.
class ThenClause {
 public:
  // own: the wrapping check's own parameter names (besides `then`).
  explicit ThenClause(std::set<std::string> own) : own_(std::move(own)) {}
  // Validates `then` and, through the named check, every parameter that is not the wrapper's.
  void validate(const CheckParams& params) const;
  // The named check's verdict; without `then`, passes unless the learner's code threw.
  Verdict judge(const CheckParams& params, const CaseOutput& out) const;

 private:
  CheckParams inner_params(const CheckParams& params) const;
  std::set<std::string> own_;
};

}  // namespace course::checks
