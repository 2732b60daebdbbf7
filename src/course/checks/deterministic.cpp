// deterministic: the same case, run twice in two separate processes (same input, same seed),
// must give the same output. Catches unseeded randomness (std::random_device, time-based seeds),
// iteration over unordered containers of pointers, and uninitialised memory: the bugs that make
// an experiment impossible to reproduce. Nothing is shared between the runs (fresh process, fresh
// box), so a program cannot pass by remembering its first answer.
//
// A program that returns the same wrong answer twice is deterministic: `then: <check>` adds the
// answer's check (with the checkpoint's other parameters), so a starter cannot pass by doing
// nothing consistently.
#include "builtin.hpp"
#include "check_support.hpp"

namespace course::checks {
namespace {

class DeterministicCheck : public Check {
 public:
  const char* name() const override { return "deterministic"; }
  void validate(const CheckParams& p) const override { then_.validate(p); }
  bool runs_twice() const override { return true; }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    const CaseOutput* again = out.repeat;
    if (!again) return Verdict::fail("the second run's result is missing (runner error)");
    if (out.error_type.has_value() != again->error_type.has_value() ||
        (out.error_type &&
         (*out.error_type != *again->error_type || out.error_message != again->error_message)) ||
        (out.output && *out.output != *again->output))
      return Verdict::fail("two runs with the same input and seed gave different results: " +
                               outcome(out) + " then " + outcome(*again) +
                               ". Take every random choice from the seed you are given "
                               "(no std::random_device, no time-based seed, no unordered "
                               "iteration over pointers)",
                           "two runs with the same input and seed gave different results: take "
                           "every random choice from the seed you are given");
    return then_.judge(p, out);
  }

 private:
  static std::string outcome(const CaseOutput& out) {
    if (out.error_type) return "threw " + *out.error_type;
    return show(*out.output, 60);
  }
  ThenClause then_{{}};
};

}  // namespace

const Check& deterministic_check() {
  static const DeterministicCheck check;
  return check;
}

}  // namespace course::checks
