// The value comparisons: exact equality, numbers within tolerance, lists as multisets. Each
// explains a failure in terms a learner can act on (what was expected, what came back, one or two
// concrete examples).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "builtin.hpp"
#include "check_support.hpp"

namespace course::checks {
namespace {

using nlohmann::json;

class ExactCheck : public Check {
 public:
  const char* name() const override { return "exact"; }
  void validate(const CheckParams& p) const override { allow_only(p, {"field"}); }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (out.error_type) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const json* got = select(out.output, field);
    const json* want = select(out.expected, field);
    if (!got) return missing_field(field);
    if (want && *got == *want) return Verdict::pass();
    return Verdict::fail("expected " + (want ? show(*want) : "nothing") + ", got " + show(*got));
  }
};

class ApproxCheck : public Check {
 public:
  const char* name() const override { return "approx"; }
  void validate(const CheckParams& p) const override {
    allow_only(p, {"field", "abs_tol", "rel_tol"});
    number_param(p, "abs_tol", 0);
    number_param(p, "rel_tol", 0);
  }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (out.error_type) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const json* got = select(out.output, field);
    const json* want = select(out.expected, field);
    if (!got) return missing_field(field);
    if (!want) return Verdict::fail("no expected value (content error)");
    std::string where;
    if (close(*got, *want, number_param(p, "abs_tol", 1e-9), number_param(p, "rel_tol", 0), "",
              where))
      return Verdict::pass();
    return Verdict::fail(where);
  }

 private:
  // Compares numbers within tolerance, recursing through arrays and objects; `where` names the
  // first difference ("at [3]: expected 0.5, got 0.52").
  static bool close(const json& got, const json& want, double abs_tol, double rel_tol,
                    const std::string& path, std::string& where) {
    const std::string at = path.empty() ? "" : "at " + path + ": ";
    if (want.is_number()) {
      if (!got.is_number()) return fail(where, at + "expected a number, got " + show(got));
      const double g = got.get<double>(), w = want.get<double>();
      if (std::isnan(w) && std::isnan(g)) return true;
      if (std::fabs(g - w) <= std::max(abs_tol, rel_tol * std::fabs(w))) return true;
      return fail(where, at + "expected " + show(want) + ", got " + show(got) + " (tolerance " +
                             show(json(std::max(abs_tol, rel_tol * std::fabs(w)))) + ")");
    }
    if (want.is_array()) {
      if (!got.is_array() || got.size() != want.size())
        return fail(where, at + "expected " + std::to_string(want.size()) + " values, got " +
                               show(got, 80));
      for (std::size_t i = 0; i < want.size(); ++i)
        if (!close(got[i], want[i], abs_tol, rel_tol, path + "[" + std::to_string(i) + "]", where))
          return false;
      return true;
    }
    if (want.is_object()) {
      for (const auto& [key, value] : want.items()) {
        if (!got.is_object() || !got.contains(key))
          return fail(where, at + "missing '" + key + "'");
        if (!close(got[key], value, abs_tol, rel_tol, path + "." + key, where)) return false;
      }
      return true;
    }
    if (got == want) return true;
    return fail(where, at + "expected " + show(want) + ", got " + show(got));
  }
  static bool fail(std::string& where, const std::string& message) {
    where = message;
    return false;
  }
};

// Compares two lists as multisets of records, optionally projected on `key` fields; reports what
// is missing and what is unexpected with a few examples each.
class SetEqualCheck : public Check {
 public:
  const char* name() const override { return "set_equal"; }
  void validate(const CheckParams& p) const override { allow_only(p, {"field", "noun"}, {"key"}); }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (out.error_type) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const json* got = select(out.output, field);
    const json* want = select(out.expected, field);
    if (!got) return missing_field(field);
    if (!got->is_array()) return Verdict::fail("expected a list, got " + show(*got, 80));
    if (!want || !want->is_array()) return Verdict::fail("no expected list (content error)");
    const std::vector<std::string> keys = list_param(p, "key");
    std::map<std::string, int> counts;  // projected record → (expected − got)
    std::map<std::string, std::string> shown;
    for (const auto& item : *want) add(counts, shown, project(item, keys), keys, +1);
    for (const auto& item : *got) add(counts, shown, project(item, keys), keys, -1);
    std::vector<std::string> missed, extra;
    for (const auto& [k, n] : counts) {
      for (int i = 0; i < n; ++i) missed.push_back(shown[k]);
      for (int i = 0; i < -n; ++i) extra.push_back(shown[k]);
    }
    if (missed.empty() && extra.empty()) return Verdict::pass();
    std::string noun = scalar_param(p, "noun");
    if (noun.empty()) noun = "items";
    std::string message = "expected " + std::to_string(want->size()) + " " + noun + ", got " +
                          std::to_string(got->size());
    if (!missed.empty())
      message += "\nmissed " + std::to_string(missed.size()) + ", e.g. " + examples(missed);
    if (!extra.empty())
      message += "\n" + std::to_string(extra.size()) + " unexpected, e.g. " + examples(extra);
    return Verdict::fail(message);
  }

 private:
  static json project(const json& item, const std::vector<std::string>& keys) {
    if (keys.empty() || !item.is_object()) return item;
    json out = json::object();
    for (const auto& k : keys) out[k] = item.contains(k) ? item[k] : json(nullptr);
    return out;
  }
  static void add(std::map<std::string, int>& counts, std::map<std::string, std::string>& shown,
                  const json& item, const std::vector<std::string>& keys, int delta) {
    const std::string key = item.dump();
    counts[key] += delta;
    shown.emplace(key, describe(item, keys));
  }
  // "row 61, column attack, kind missing" reads better than a JSON object in a terminal.
  static std::string describe(const json& item, const std::vector<std::string>& keys) {
    if (keys.empty() || !item.is_object()) return show(item, 120);
    std::string out;
    for (const auto& k : keys) {
      const json& v = item[k];
      out += (out.empty() ? "" : ", ") + k + " " +
             (v.is_string() ? v.get<std::string>() : show(v, 40));
    }
    return "(" + out + ")";
  }
  static std::string examples(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < 3; ++i) out += (i ? ", " : "") + items[i];
    return out;
  }
};

}  // namespace

const Check& exact_check() {
  static const ExactCheck check;
  return check;
}

const Check& approx_check() {
  static const ApproxCheck check;
  return check;
}

const Check& set_equal_check() {
  static const SetEqualCheck check;
  return check;
}

}  // namespace course::checks
