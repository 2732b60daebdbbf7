// `course ml … --format json`: mlcore results as versioned JSON documents (docs/json-output.md).
#pragma once

#include <string>
#include <vector>

#include "mlcore/eda/describe.hpp"
#include "mlcore/validation/drift.hpp"
#include "mlcore/validation/schema.hpp"

namespace course {

// `course ml describe`: {"format_version", "rows", "numeric": [...], "categorical": [...]}.
std::string describe_json(const mlcore::Description& description, std::size_t rows);

// `course ml validate`: schema issues of the new data and drift against the reference.
std::string data_validation_json(const std::vector<mlcore::SchemaIssue>& issues,
                                 const mlcore::DriftReport& drift, std::size_t max_issues);

}  // namespace course
