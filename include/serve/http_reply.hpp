// What a handler answers, independent of the HTTP library, and the one shape every error takes:
//   {"error": {"status": 422, "code": "invalid_records", "message": "...",
//              "details": [{"record": 0, "field": "hp", "code": "above_max", "message": "..."}]}}
#pragma once

#include <string>
#include <vector>

#include "serve/record_parser.hpp"

namespace course::serve {

struct HttpReply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// An error reply; `details` lists field problems (at most the first 100, with the total count).
HttpReply error_reply(int status, const std::string& code, const std::string& message,
                      const std::vector<FieldError>& details = {});

}  // namespace course::serve
