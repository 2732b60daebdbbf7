// Helpers for the tests of the named checks (tests/course/*checks*_test.cpp): judge one case as
// the grader would, and catch a parameter error's message.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/checks.hpp"

namespace course_test {

using course::CaseOutput;
using course::Check;
using course::CheckParams;
using course::Verdict;
using nlohmann::json;

inline const Check& check(const std::string& name) {
  const Check* c = course::find_check(name);
  if (!c) throw std::logic_error("no check " + name);
  return *c;
}

// A case where the learner's code returned `got` and the parent expected `want`.
inline CaseOutput returned(const json& got, const json& want) {
  CaseOutput out;
  out.case_id = "case-1";
  out.output = &got;
  out.expected = &want;
  return out;
}

// A case where the learner's code threw std::out_of_range("column 'hp' not found").
inline CaseOutput raised(const json& want) {
  CaseOutput out;
  out.case_id = "case-1";
  out.expected = &want;
  out.error_type = "std::out_of_range";
  out.error_message = "column 'hp' not found";
  return out;
}

inline Verdict judge(const std::string& name, const CheckParams& params, const json& got,
                     const json& want) {
  return check(name).judge(params, returned(got, want));
}

inline Verdict judge_raised(const std::string& name, const CheckParams& params, const json& want) {
  return check(name).judge(params, raised(want));
}

inline CheckParams scalars(std::map<std::string, std::string> values) {
  CheckParams p;
  p.scalars = std::move(values);
  return p;
}

inline CheckParams with_list(CheckParams p, const std::string& key,
                             std::vector<std::string> values) {
  p.lists[key] = std::move(values);
  return p;
}

// validate() must throw std::invalid_argument; returns its message.
inline std::string invalid(const std::string& name, const CheckParams& params) {
  try {
    check(name).validate(params);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  ADD_FAILURE() << name << " accepted the parameters";
  return "";
}

}  // namespace course_test
