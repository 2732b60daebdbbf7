#include "partition.hpp"

#include "check_support.hpp"

namespace course::checks {

using nlohmann::json;

void validate_partition_params(const CheckParams& params) {
  count_param(params, "n", 1);
  const auto parts = count_param(params, "parts", 1);
  const auto names = list_param(params, "names");
  if (parts && !names.empty() && std::size_t(*parts) != names.size())
    throw std::invalid_argument("parameter 'names' lists " + std::to_string(names.size()) +
                                " parts but 'parts' is " + std::to_string(*parts));
}

std::optional<std::size_t> wanted_parts(const CheckParams& params, const json* expected) {
  const auto names = list_param(params, "names");
  if (!names.empty()) return names.size();
  if (const auto parts = count_param(params, "parts", 1)) return std::size_t(*parts);
  const json* parts = expected && expected->is_object() ? select(expected, "parts") : nullptr;
  return parts ? as_index(*parts) : std::nullopt;
}

std::string part_name(const PartitionSpec& spec, std::size_t part) {
  if (part < spec.names.size()) return "part '" + spec.names[part] + "'";
  return "part " + std::to_string(part);
}

namespace {

constexpr std::size_t kNowhere = std::size_t(-1);

// Reads the shape: a list of lists of whole numbers in 0..rows-1.
Verdict read_indices(const json& value, const PartitionSpec& spec,
                     std::vector<std::vector<std::size_t>>& parts) {
  if (!value.is_array())
    return Verdict::fail("expected a list of index lists (one per part), got " + show(value, 80),
                         "your result is not a list of index lists");
  if (spec.part_count && value.size() != *spec.part_count)
    return Verdict::fail("expected " + std::to_string(*spec.part_count) + " parts, got " +
                         std::to_string(value.size()));
  parts.assign(value.size(), {});
  for (std::size_t p = 0; p < value.size(); ++p) {
    const json& part = value[p];
    const std::string name = part_name(spec, p);
    if (!part.is_array())
      return Verdict::fail(name + " is not a list of row indices: " + show(part, 80),
                           name + " is not a list of row indices");
    if (part.empty()) return Verdict::fail(name + " is empty: every part needs at least one row");
    for (const json& index : part) {
      const auto i = as_index(index);
      if (!i)
        return Verdict::fail(name + " holds " + show(index, 40) +
                                 ", which is not a row index (a whole number from 0)",
                             name + " holds something that is not a row index");
      if (*i >= spec.rows)
        return Verdict::fail(name + " holds index " + std::to_string(*i) +
                                 ", but the rows are numbered 0.." + std::to_string(spec.rows - 1),
                             name + " holds an index past the last row");
      parts[p].push_back(*i);
    }
  }
  return Verdict::pass();
}

}  // namespace

Verdict read_partition(const json& value, const PartitionSpec& spec,
                       std::vector<std::vector<std::size_t>>& parts) {
  const Verdict shape = read_indices(value, spec, parts);
  if (!shape.passed) return shape;
  std::vector<std::size_t> owner(spec.rows, kNowhere);  // row → the part that holds it
  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (const std::size_t i : parts[p]) {
      if (owner[i] == kNowhere) {
        owner[i] = p;
        continue;
      }
      const std::string where =
          owner[i] == p ? "appears twice in " + part_name(spec, p)
                        : "is in both " + part_name(spec, owner[i]) + " and " + part_name(spec, p);
      return Verdict::fail(
          "index " + std::to_string(i) + " " + where + ": each row must be in exactly one part",
          "a row index appears more than once: each row must be in exactly "
          "one part");
    }
  }
  std::size_t missing = 0, first_missing = kNowhere;
  for (std::size_t i = 0; i < spec.rows; ++i)
    if (owner[i] == kNowhere && missing++ == 0) first_missing = i;
  if (missing > 0)
    return Verdict::fail("index " + std::to_string(first_missing) + " is in no part (" +
                             std::to_string(missing) + " of " + std::to_string(spec.rows) +
                             " rows missing): every row 0.." + std::to_string(spec.rows - 1) +
                             " must be in one part",
                         "some rows are in no part: every row must be in exactly one part");
  return Verdict::pass();
}

}  // namespace course::checks
