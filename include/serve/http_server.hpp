// `course serve`'s HTTP front: routes, limits, access log, metrics and graceful shutdown over
// cpp-httplib (Debian's libcpp-httplib-dev). httplib stays inside src/serve: this header does not
// include it.
//
//   GET  /            the web page (plain HTML/JS)       GET /healthz   liveness
//   GET  /readyz      readiness (503 while stopping)     GET /metrics   Prometheus text
//   GET  /v1/model    model card                         GET /v1/drift  drift state (JSON)
//   POST /v1/predict  one record or a batch (model_service.hpp)
// Other methods on these paths get 405, other paths 404; every error body is JSON
// (http_reply.hpp).
//
// Lifecycle: bind() (throws course::Error when the address is taken), then run() on one thread
// until stop() from any other (a signal watcher): stop() closes the listening socket, requests
// in flight finish, run() returns once every worker is idle.
#pragma once

#include <memory>

#include "serve/model_loader.hpp"
#include "serve/options.hpp"

namespace course::serve {

class HttpServer {
 public:
  HttpServer(LoadedModel model, ServeOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds options.host:options.port; returns the port (the chosen one for port 0).
  int bind();
  // Serves until stop(); returns after in-flight requests have finished.
  void run();
  // Safe from any thread, any number of times.
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace course::serve
