// course serve: load a model once and serve it over HTTP (src/serve). This file only maps flags
// to ServeOptions and runs the server until SIGINT/SIGTERM.
#include <fmt/core.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>

#include "../command.hpp"
#include "serve/http_server.hpp"
#include "serve/model_loader.hpp"
#include "serve/stop_signals.hpp"

namespace course::cli {
namespace {

class ServeCommand : public Command {
 public:
  const char* name() const override { return "serve"; }
  const char* summary() const override {
    return "Serve a trained model over HTTP: JSON API, metrics, drift and a web page";
  }
  void configure(CLI::App& app) override {
    auto& o = options_;
    app.add_option("--model", o.model_path, "Model file from `course ml train --save`")->required();
    app.add_option("--reference", o.reference_path,
                   "Training CSV: value ranges for validation and the drift reference");
    app.add_option("--schema", o.schema_path, "YAML data schema overriding inferred ranges");
    app.add_option("--host", o.host, "Address to listen on (default loopback)");
    app.add_option("--port", o.port, "Port (0 = pick a free one; printed at start)");
    app.add_option("--threads", o.threads, "Worker threads (one per open connection)");
    app.add_option("--max-body-bytes", o.max_body_bytes, "Largest request body");
    app.add_option("--max-batch", o.max_batch, "Most records per predict request");
    app.add_option("--read-timeout-ms", o.read_timeout_ms, "Time to send a request");
    app.add_option("--write-timeout-ms", o.write_timeout_ms, "Time to take a response");
    app.add_option("--keep-alive-seconds", o.keep_alive_seconds, "Idle keep-alive limit");
    app.add_option("--drift-window", o.drift_window, "Recent records compared with the reference");
    app.add_option("--drift-min-records", o.drift_min_records,
                   "Records needed before drift scores");
    app.add_option("--psi-threshold", o.psi_threshold, "PSI above this flags drift");
    app.add_option("--ks-threshold", o.ks_pvalue_threshold, "KS p-value below this flags drift");
    app.add_option("--drift-check-ms", o.drift_check_ms, "How often drift is checked and logged");
    app.add_option("--access-log", o.access_log, "- (stderr), off, or a file");
  }
  int run(Context& ctx) override {
    options_.validate();
    // Stdout carries only the "listening on" line; the log goes to stderr.
    spdlog::set_default_logger(spdlog::stderr_color_mt("serve"));
    spdlog::set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
    if (ctx.options.quiet) spdlog::set_level(spdlog::level::warn);
    serve::LoadedModel loaded = serve::load_model(options_);
    const std::size_t features = loaded.service->schema().fields().size();
    const std::string name = loaded.service->identity().name;
    serve::HttpServer server(std::move(loaded), options_);
    const int port = server.bind();
    if (options_.host != "127.0.0.1" && options_.host != "::1" && options_.host != "localhost")
      spdlog::warn("listening on {}: reachable from other machines, with no authentication",
                   options_.host);
    // Before any thread starts: the workers inherit the blocked mask.
    serve::StopSignals signals([&server](int signal) {
      spdlog::info("signal {}: finishing requests in flight, then stopping", signal);
      server.stop();
    });
    // Tests and scripts read the port from this line (with --port 0).
    fmt::print("course serve: listening on http://{}:{}/ (model {}, {} features{})\n",
               options_.host, port, name, features,
               options_.reference_path.empty() ? ", drift off" : ", drift on");
    std::fflush(stdout);
    server.run();
    spdlog::info("stopped");
    return 0;
  }

 private:
  serve::ServeOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_serve_command() { return std::make_unique<ServeCommand>(); }

}  // namespace course::cli
