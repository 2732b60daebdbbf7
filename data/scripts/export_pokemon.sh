#!/usr/bin/env bash
# Regenerates data/pokemon.csv from the npm package pokemon-showdown, pinned to an exact version.
# Needs node (>= 16) and npm. Installs into a temporary directory, removed on exit.
# Usage: data/scripts/export_pokemon.sh [output.csv]   (default: data/pokemon.csv)
set -euo pipefail

readonly PACKAGE="pokemon-showdown"
readonly VERSION="0.11.11"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/../.." && pwd)"
out="${1:-${repo_root}/data/pokemon.csv}"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

# --ignore-scripts: no install hooks run; only the package's data files are read.
npm install --prefix "${work}" --no-save --no-package-lock --ignore-scripts --omit=optional \
  --no-audit --no-fund --loglevel=error "${PACKAGE}@${VERSION}" >/dev/null

node "${script_dir}/export_pokemon.mjs" "${work}/node_modules/${PACKAGE}" "${out}"
