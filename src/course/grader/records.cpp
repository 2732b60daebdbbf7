#include "course/grader/records.hpp"

#include <sstream>

namespace course {

ParsedRecords parse_records(const std::string& channel, const std::string& nonce,
                            std::size_t cases) {
  ParsedRecords out;
  out.records.resize(cases);
  std::istringstream lines(channel);
  std::string line;
  std::size_t next = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("case") || !j["case"].is_number_unsigned() ||
        !j.contains("nonce")) {
      out.problem = "a malformed result record";
      break;
    }
    if (j["nonce"] != nonce) {
      out.problem = "a result record that did not come from the harness (wrong nonce)";
      break;
    }
    const auto index = j["case"].get<std::size_t>();
    if (index >= cases) {
      out.problem = "a result record for case " + std::to_string(index) + ", but only " +
                    std::to_string(cases) + " cases were sent";
      break;
    }
    if (index != next) {
      out.problem = "a result record out of order (case " + std::to_string(index) + " where " +
                    std::to_string(next) + " was due)";
      break;
    }
    CaseRecord& record = out.records[index];
    record.present = true;
    if (j.contains("error") && j["error"].is_object()) {
      // The child wrote this: never let its shape throw out of the parser.
      const auto& error = j["error"];
      if ((error.contains("type") && !error["type"].is_string()) ||
          (error.contains("message") && !error["message"].is_string())) {
        out.problem = "a malformed error record";
        break;
      }
      record.raised = true;
      record.error_type = error.value("type", "unknown");
      record.error_message = error.value("message", "");
    } else if (j.contains("output")) {
      record.output = j["output"];
    } else {
      record.present = false;
      out.problem = "a result record with neither output nor error";
      break;
    }
    if (j.contains("micros") && j["micros"].is_number())
      record.seconds = j["micros"].get<double>() / 1e6;
    ++next;
  }
  return out;
}

}  // namespace course
