// must_raise: the learner's code must reject the input by throwing, optionally an exception of a
// given kind (the demangled dynamic type the harness reports, e.g. "std::invalid_argument") and
// with a message mentioning given text. Teaches "fail loudly on bad data" rather than returning
// a plausible-looking answer.
#include <algorithm>

#include "builtin.hpp"
#include "check_support.hpp"

namespace course::checks {
namespace {

class MustRaiseCheck : public Check {
 public:
  const char* name() const override { return "must_raise"; }
  void validate(const CheckParams& p) const override {
    allow_only(p, {"error_contains"}, {"error_type"});
    for (const auto& type : list_param(p, "error_type"))
      if (type.empty()) throw std::invalid_argument("parameter 'error_type' must not be empty");
  }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    const std::string needle = scalar_param(p, "error_contains");
    const std::vector<std::string> types = list_param(p, "error_type");
    const std::string wanted = describe(types, needle);
    if (!out.error_type)
      return Verdict::fail("expected your code to throw " + wanted + ", but it returned " +
                               (out.output ? show(*out.output, 80) : "nothing"),
                           "expected your code to throw " + wanted + ", but it returned a value");
    if (!types.empty() && std::find(types.begin(), types.end(), *out.error_type) == types.end())
      return Verdict::fail("expected your code to throw " + wanted + ", got " + *out.error_type +
                               ": " + out.error_message,
                           "expected your code to throw " + wanted + ", got " + *out.error_type);
    if (!needle.empty() && out.error_message.find(needle) == std::string::npos)
      return Verdict::fail(
          "expected " + wanted + ", got " + *out.error_type + ": " + out.error_message,
          "expected " + wanted + ", got a different message");
    return Verdict::pass();
  }

 private:
  // "std::invalid_argument mentioning 'hp'", "std::out_of_range or std::invalid_argument", "an
  // error".
  static std::string describe(const std::vector<std::string>& types, const std::string& needle) {
    std::string out;
    for (std::size_t i = 0; i < types.size(); ++i)
      out += (i == 0 ? "" : i + 1 == types.size() ? " or " : ", ") + types[i];
    if (out.empty()) out = "an error";
    if (!needle.empty()) out += " mentioning '" + needle + "'";
    return out;
  }
};

}  // namespace

const Check& must_raise_check() {
  static const MustRaiseCheck check;
  return check;
}

}  // namespace course::checks
