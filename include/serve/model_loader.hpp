// Start-up: reads the model file, the optional reference data and schema file once, and builds
// the service with its training schema. Everything wrong here is an InputError (exit 2) naming
// the file (and line or column) before the server listens.
#pragma once

#include <memory>
#include <optional>

#include "mlcore/table.hpp"
#include "serve/model_service.hpp"
#include "serve/options.hpp"

namespace course::serve {

struct LoadedModel {
  std::unique_ptr<ModelService> service;
  // The reference data's model input columns (for drift), when --reference was given.
  std::optional<mlcore::Table> reference;
};

LoadedModel load_model(const ServeOptions& options);

}  // namespace course::serve
