// Reading the child's result channel. Records must arrive in case order, each exactly once, each
// carrying this run's nonce; the first line that breaks a rule ends what is trusted, so a missing,
// repeated, forged or out-of-order record leaves its case (and every later one) without a result.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace course {

struct CaseRecord {
  bool present = false;
  bool raised = false;
  nlohmann::json output;   // When present && !raised.
  std::string error_type;  // When raised.
  std::string error_message;
  double seconds = 0;  // Learner code time as measured in the child.
};

struct ParsedRecords {
  std::vector<CaseRecord> records;  // One per case sent, in the order sent.
  std::string problem;              // First protocol violation, "" if none.
};

ParsedRecords parse_records(const std::string& channel, const std::string& nonce,
                            std::size_t cases);

}  // namespace course
