#include "serve/http_server.hpp"

#include <httplib.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "access_log.hpp"
#include "course/error.hpp"
#include "drift_json.hpp"
#include "keep_alive_server.hpp"
#include "serve/drift_monitor.hpp"
#include "serve/serve_metrics.hpp"
#include "web_page.hpp"

namespace course::serve {
namespace {

using Clock = std::chrono::steady_clock;

// Set by a route wrapper once it has logged and counted its request, so the library's logger
// (called on the same worker thread after the response is written) skips it; requests that never
// reach a route (413 while reading, 404, 400 from the parser) are logged there instead.
thread_local bool t_request_accounted = false;

void send(httplib::Response& res, const HttpReply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

mlcore::DriftOptions drift_options(const ServeOptions& o) {
  mlcore::DriftOptions d;
  d.psi_threshold = o.psi_threshold;
  d.ks_pvalue_threshold = o.ks_pvalue_threshold;
  return d;
}

// Buckets of a regressor's prediction histogram: deciles of its predictions on the reference.
std::vector<double> value_buckets(const LoadedModel& m) {
  if (m.service->model().task != ml::Task::kRegression || !m.reference) return {};
  const ml::Predictions p = ml::predict(m.service->model(), *m.reference, "reference");
  std::vector<double> v = p.table.column("prediction").numeric_values();
  std::sort(v.begin(), v.end());
  std::vector<double> buckets;
  for (int q = 1; q < 10; ++q) buckets.push_back(v[std::size_t(q) * (v.size() - 1) / 10]);
  return buckets;
}

}  // namespace

struct HttpServer::State {
  State(LoadedModel loaded, ServeOptions opts)
      : options(std::move(opts)),
        model(std::move(loaded)),
        monitor(model.reference ? &*model.reference : nullptr, options.drift_window,
                options.drift_min_records, drift_options(options)),
        metrics(model.service->model().classes, value_buckets(model)),
        access(options.access_log) {}

  ServeOptions options;
  LoadedModel model;
  DriftMonitor monitor;
  ServeMetrics metrics;
  AccessLog access;
  KeepAliveServer server;
  std::atomic<bool> stopping{false};

  std::mutex drift_mutex;
  std::condition_variable drift_wake;
  std::thread drift_thread;

  // Computes drift and logs each threshold crossing once.
  DriftSnapshot drift_now() {
    DriftSnapshot snap = monitor.snapshot();
    for (const std::string& f : snap.newly_drifted)
      for (const FeatureDriftScore& s : snap.features)
        if (s.feature == f)
          spdlog::warn("drift: feature '{}' crossed the threshold ({}) over the last {} records", f,
                       s.reason, snap.window_records);
    for (const std::string& f : snap.recovered)
      spdlog::info("drift: feature '{}' is back under the thresholds", f);
    return snap;
  }

  void drift_loop() {
    std::unique_lock<std::mutex> lock(drift_mutex);
    while (!stopping) {
      drift_wake.wait_for(lock, std::chrono::milliseconds(options.drift_check_ms));
      if (stopping) break;
      lock.unlock();
      try {
        drift_now();
      } catch (const std::exception& e) {
        spdlog::error("drift check failed: {}", e.what());
      }
      lock.lock();
    }
  }

  // Wraps a route: times it, turns any exception into a 500, counts and logs it.
  httplib::Server::Handler timed(
      const char* route, std::function<void(const httplib::Request&, httplib::Response&)> handler) {
    return [this, route, handler](const httplib::Request& req, httplib::Response& res) {
      const auto start = Clock::now();
      res.status = 200;  // httplib's default, applied only after the handler returns.
      try {
        handler(req, res);
      } catch (const std::exception& e) {
        spdlog::error("{} {}: {}", req.method, req.path, e.what());
        send(res, error_reply(500, "internal_error", "internal error; see the server log"));
      }
      const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      metrics.record_request(route, res.status, seconds);
      access.write(req, res.status, res.body.size(), seconds);
      t_request_accounted = true;
    };
  }

  void routes() {
    server.Get("/", timed("/", [](const httplib::Request&, httplib::Response& res) {
                 res.set_content(web_page_html(), "text/html; charset=utf-8");
               }));
    server.Get("/healthz", timed("/healthz", [](const httplib::Request&, httplib::Response& res) {
                 res.set_content("{\"status\":\"ok\"}\n", "application/json");
               }));
    server.Get("/readyz", timed("/readyz", [this](const httplib::Request&, httplib::Response& res) {
                 if (stopping) return send(res, error_reply(503, "stopping", "shutting down"));
                 res.set_content("{\"status\":\"ready\"}\n", "application/json");
               }));
    server.Get("/v1/model",
               timed("/v1/model", [this](const httplib::Request&, httplib::Response& res) {
                 res.set_content(model.service->describe_json(), "application/json");
               }));
    server.Get("/v1/drift",
               timed("/v1/drift", [this](const httplib::Request&, httplib::Response& res) {
                 res.set_content(drift_json(drift_now()), "application/json");
               }));
    server.Get("/metrics",
               timed("/metrics", [this](const httplib::Request&, httplib::Response& res) {
                 res.set_content(metrics.prometheus(drift_now()),
                                 "text/plain; version=0.0.4; charset=utf-8");
               }));
    server.Post("/v1/predict",
                timed("/v1/predict", [this](const httplib::Request& req, httplib::Response& res) {
                  PredictOutcome out =
                      model.service->predict(req.body, req.get_header_value("Content-Type"));
                  if (out.reply.status == 200) {
                    monitor.observe(out.inputs);
                    metrics.record_predictions(out.labels, out.values);
                  }
                  send(res, out.reply);
                }));
    const auto not_allowed = [](const char* allow) {
      return [allow](const httplib::Request& req, httplib::Response& res) {
        send(res,
             error_reply(405, "method_not_allowed",
                         req.method + " is not allowed on " + req.path + " (use " + allow + ")"));
        res.set_header("Allow", allow);
      };
    };
    for (const char* path : {"/", "/healthz", "/readyz", "/v1/model", "/v1/drift", "/metrics"}) {
      server.Post(path, timed(path, not_allowed("GET")));
      server.Put(path, timed(path, not_allowed("GET")));
      server.Delete(path, timed(path, not_allowed("GET")));
    }
    server.Get("/v1/predict", timed("/v1/predict", not_allowed("POST")));
    server.Put("/v1/predict", timed("/v1/predict", not_allowed("POST")));
    server.Delete("/v1/predict", timed("/v1/predict", not_allowed("POST")));
  }

  void limits() {
    const int threads = options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    server.set_payload_max_length(options.max_body_bytes);
    server.set_read_timeout(std::chrono::milliseconds(options.read_timeout_ms));
    server.set_write_timeout(std::chrono::milliseconds(options.write_timeout_ms));
    server.set_keep_alive_timeout(options.keep_alive_seconds);
    // httplib closes a keep-alive connection after 5 requests by default; a load balancer or
    // benchmark reusing connections would pay a reconnect every 5 requests.
    server.set_keep_alive_max_count(10000);
    // Small responses must not wait for the peer's delayed ACK (Nagle): 40 ms stalls otherwise.
    server.set_tcp_nodelay(true);
    // httplib's default also sets SO_REUSEPORT, which lets a second server bind a port in use and
    // silently share its traffic. Keep SO_REUSEADDR only (fast restarts over TIME_WAIT).
    server.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    // Responses the library makes itself (404, 413, 400) get the JSON error shape too.
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          switch (res.status) {
            case 404:
              send(res, error_reply(404, "not_found", "no route " + req.method + " " + req.path));
              break;
            case 413:
              send(res, error_reply(413, "body_too_large",
                                    "request body larger than " +
                                        std::to_string(options.max_body_bytes) + " bytes"));
              break;
            default:
              send(res, error_reply(res.status, "bad_request", "the request could not be read"));
          }
          return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      if (t_request_accounted) {
        t_request_accounted = false;
        return;
      }
      metrics.record_request("other", res.status, -1);
      access.write(req, res.status, res.body.size(), -1);
    });
  }
};

HttpServer::HttpServer(LoadedModel model, ServeOptions options)
    : state_(std::make_unique<State>(std::move(model), std::move(options))) {
  state_->routes();
  state_->limits();
}

HttpServer::~HttpServer() {
  stop();
  if (state_->drift_thread.joinable()) state_->drift_thread.join();
}

int HttpServer::bind() {
  const ServeOptions& o = state_->options;
  int port = o.port;
  if (port == 0) {
    port = state_->server.bind_to_any_port(o.host);
    if (port < 0) port = 0;
  } else if (!state_->server.bind_to_port(o.host, port)) {
    port = 0;
  }
  if (port == 0)
    fail_usage("cannot listen on " + o.host + ":" + std::to_string(o.port) +
               " (address in use, or not an address of this machine)");
  return port;
}

void HttpServer::run() {
  state_->drift_thread = std::thread([this] { state_->drift_loop(); });
  // A signal before listening started would find nothing to stop (httplib's stop() acts only on
  // a running server); checking here leaves only a window of a few instructions.
  if (!state_->stopping) state_->server.listen_after_bind();
  {
    std::lock_guard<std::mutex> lock(state_->drift_mutex);
    state_->stopping = true;
  }
  state_->drift_wake.notify_all();
  state_->drift_thread.join();
  state_->access.flush();
}

void HttpServer::stop() {
  {
    std::lock_guard<std::mutex> lock(state_->drift_mutex);
    state_->stopping = true;
  }
  state_->drift_wake.notify_all();
  state_->server.stop();
}

}  // namespace course::serve
