#!/usr/bin/env bash
# Regenerates data/churn.csv (modeldata::mlc_churn) and data/credit.csv (modeldata::credit_data),
# the checkpoint exams' datasets, from Debian's r-cran-modeldata package (MIT), pinned by version.
# Needs: apt-get install r-cran-modeldata (pulls in r-base-core). Run by hand, not in CI.
# Usage: data/scripts/export_modeldata.sh [OUTPUT_DIR]   (default: data/)
set -euo pipefail

readonly VERSION="1.1.0"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="${1:-$(cd "${script_dir}/.." && pwd)}"
command -v Rscript >/dev/null || { echo "export_modeldata: Rscript not found (apt-get install r-cran-modeldata)" >&2; exit 2; }

# Column order and values as the package has them; factors written as their labels, NA as an empty
# cell, no row names, LF line ends. A temp file then rename, so a failed export leaves no half file.
Rscript --vanilla - "${out_dir}" "${VERSION}" <<'R'
args <- commandArgs(trailingOnly = TRUE)
out_dir <- args[[1]]
expected <- args[[2]]
found <- as.character(packageVersion("modeldata"))
if (found != expected) stop(sprintf("modeldata %s installed, expected %s", found, expected))
export <- function(name, file, rows) {
  env <- new.env()
  data(list = name, package = "modeldata", envir = env)
  frame <- as.data.frame(env[[name]])
  if (nrow(frame) != rows) stop(sprintf("%s has %d rows, expected %d", name, nrow(frame), rows))
  path <- file.path(out_dir, file)
  tmp <- paste0(path, ".tmp")
  con <- file(tmp, open = "wb")
  write.csv(frame, con, row.names = FALSE, na = "", fileEncoding = "UTF-8", eol = "\n")
  close(con)
  file.rename(tmp, path)
  message(sprintf("export_modeldata: wrote %d rows of %s to %s", nrow(frame), name, path))
}
export("mlc_churn", "churn.csv", 5000)
export("credit_data", "credit.csv", 4454)
R
