#include "access_log.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <nlohmann/json.hpp>

#include <cmath>

#include "course/error.hpp"

namespace course::serve {

AccessLog::AccessLog(const std::string& target) {
  if (target == "off") return;
  spdlog::sink_ptr sink;
  try {
    if (target == "-")
      sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    else
      sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(target);
  } catch (const spdlog::spdlog_ex& e) {
    fail_input(target, std::string("cannot open the access log: ") + e.what());
  }
  logger_ = std::make_shared<spdlog::logger>("access", sink);
  // The message is the rest of a JSON object; spdlog adds the UTC timestamp in front.
  logger_->set_formatter(std::make_unique<spdlog::pattern_formatter>(
      "{\"ts\":\"%Y-%m-%dT%H:%M:%S.%eZ\",%v}", spdlog::pattern_time_type::utc));
  logger_->set_level(spdlog::level::info);
  logger_->flush_on(spdlog::level::info);
}

void AccessLog::write(const httplib::Request& req, int status, std::size_t bytes, double seconds) {
  if (!logger_) return;
  nlohmann::json entry = {
      {"remote", req.remote_port < 0 ? req.remote_addr
                                     : req.remote_addr + ":" + std::to_string(req.remote_port)},
      {"method", req.method},
      {"path", req.path},
      {"status", status},
      {"bytes", bytes}};
  if (seconds >= 0) entry["ms"] = std::round(seconds * 1e6) / 1e3;
  // The client controls method and path: invalid UTF-8 is replaced, never thrown on.
  std::string text = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  logger_->info("{}", std::string_view(text).substr(1, text.size() - 2));
}

void AccessLog::flush() {
  if (logger_) logger_->flush();
}

}  // namespace course::serve
