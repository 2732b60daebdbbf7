#include "serve/http_reply.hpp"

#include <nlohmann/json.hpp>

namespace course::serve {

namespace {
// A storm of bad records must not turn into a multi-megabyte answer.
constexpr std::size_t kMaxDetails = 100;
}  // namespace

HttpReply error_reply(int status, const std::string& code, const std::string& message,
                      const std::vector<FieldError>& details) {
  nlohmann::json error = {{"status", status}, {"code", code}, {"message", message}};
  if (!details.empty()) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < details.size() && i < kMaxDetails; ++i) {
      const FieldError& e = details[i];
      list.push_back(
          {{"record", e.record}, {"field", e.field}, {"code", e.code}, {"message", e.message}});
    }
    error["details"] = std::move(list);
    error["details_total"] = details.size();
  }
  HttpReply reply;
  reply.status = status;
  // error_handler_t::replace: a client's invalid UTF-8 echoed in a message must not throw.
  reply.body = nlohmann::json{{"error", std::move(error)}}.dump(
                   -1, ' ', false, nlohmann::json::error_handler_t::replace) +
               "\n";
  return reply;
}

}  // namespace course::serve
