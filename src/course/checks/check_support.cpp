#include "check_support.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace course::checks {

using nlohmann::json;

void allow_only(const CheckParams& params, const std::set<std::string>& scalars,
                const std::set<std::string>& lists) {
  for (const auto& [key, value] : params.scalars)
    if (!scalars.count(key) && !lists.count(key))
      throw std::invalid_argument("unknown parameter '" + key + "'");
  for (const auto& [key, value] : params.lists) {
    if (scalars.count(key))
      throw std::invalid_argument("parameter '" + key + "' must be a single value, not a list");
    if (!lists.count(key)) throw std::invalid_argument("unknown parameter '" + key + "'");
  }
}

namespace {

// The whole text must be a number: "0.5x" is a typo, not 0.5.
std::optional<double> parse_number(const std::string& text) {
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used != text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// allow_only() has already rejected a list where a single value belongs.
const std::string* scalar(const CheckParams& params, const std::string& key) {
  const auto it = params.scalars.find(key);
  return it == params.scalars.end() ? nullptr : &it->second;
}

}  // namespace

double number_param(const CheckParams& params, const std::string& key, double fallback) {
  const std::string* text = scalar(params, key);
  if (!text) return fallback;
  const auto value = parse_number(*text);
  if (!value || *value < 0)
    throw std::invalid_argument("parameter '" + key + "' must be a non-negative number");
  return *value;
}

std::optional<double> signed_param(const CheckParams& params, const std::string& key) {
  const std::string* text = scalar(params, key);
  if (!text) return std::nullopt;
  const auto value = parse_number(*text);
  if (!value) throw std::invalid_argument("parameter '" + key + "' must be a number");
  return value;
}

std::optional<long> count_param(const CheckParams& params, const std::string& key, long min) {
  const std::string* text = scalar(params, key);
  if (!text) return std::nullopt;
  const auto value = parse_number(*text);
  if (!value || *value != std::floor(*value) || *value < double(min) || *value > 1e9)
    throw std::invalid_argument("parameter '" + key + "' must be a whole number of at least " +
                                std::to_string(min));
  return long(*value);
}

std::string scalar_param(const CheckParams& params, const std::string& key) {
  const std::string* text = scalar(params, key);
  return text ? *text : std::string();
}

std::vector<std::string> list_param(const CheckParams& params, const std::string& key) {
  const auto list = params.lists.find(key);
  if (list != params.lists.end()) return list->second;
  const auto it = params.scalars.find(key);
  if (it == params.scalars.end()) return {};
  return {it->second};
}

const json* select(const json* value, const std::string& field) {
  if (!value || field.empty()) return value;
  if (!value->is_object() || !value->contains(field)) return nullptr;
  return &(*value)[field];
}

std::optional<std::size_t> as_index(const json& value) {
  if (value.is_number_unsigned()) return value.get<std::size_t>();
  if (value.is_number_integer() && value.get<long long>() >= 0)
    return std::size_t(value.get<long long>());
  return std::nullopt;
}

std::string show(const json& value, std::size_t max_chars) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > max_chars) text = text.substr(0, max_chars) + "…";
  return text;
}

std::string show_number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", value);
  return text;
}

Verdict raised_instead(const CaseOutput& out) {
  return Verdict::fail("your code threw " + *out.error_type + ": " + out.error_message,
                       "your code threw " + *out.error_type);
}

Verdict missing_field(const std::string& field) {
  return Verdict::fail("your result has no '" + field + "'");
}

void ThenClause::validate(const CheckParams& params) const {
  for (const auto& [key, value] : params.lists)
    if (key == "then" || own_.count(key))
      throw std::invalid_argument("parameter '" + key + "' must be a single value, not a list");
  const std::string name = scalar_param(params, "then");
  const CheckParams rest = inner_params(params);
  if (name.empty()) {
    for (const auto& [key, value] : rest.scalars)
      throw std::invalid_argument("unknown parameter '" + key +
                                  "' (parameters of another check need `then: <check>`)");
    for (const auto& [key, value] : rest.lists)
      throw std::invalid_argument("unknown parameter '" + key +
                                  "' (parameters of another check need `then: <check>`)");
    return;
  }
  const Check* inner = find_check(name);
  if (!inner)
    throw std::invalid_argument("then: unknown check '" + name +
                                "' (known: " + known_check_names() + ")");
  if (inner->runs_twice() || inner->needs_own_run())
    throw std::invalid_argument("then: '" + name +
                                "' needs runs of its own; give it a checkpoint of its own");
  try {
    inner->validate(rest);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument("then: " + name + ": " + e.what());
  }
}

Verdict ThenClause::judge(const CheckParams& params, const CaseOutput& out) const {
  const std::string name = scalar_param(params, "then");
  if (name.empty()) return out.error_type ? raised_instead(out) : Verdict::pass();
  return find_check(name)->judge(inner_params(params), out);
}

CheckParams ThenClause::inner_params(const CheckParams& params) const {
  CheckParams rest = params;
  rest.scalars.erase("then");
  rest.lists.erase("then");
  for (const auto& key : own_) {
    rest.scalars.erase(key);
    rest.lists.erase(key);
  }
  return rest;
}

}  // namespace course::checks
