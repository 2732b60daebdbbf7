#!/usr/bin/env bash
# Regenerates data/pokemon_gen8_9_raw.json (challenge 1.C's "new data drop") from the npm package
# @pkmn/dex, pinned to an exact version. Needs node (>= 16) and npm. Installs into a temporary
# directory, removed on exit.
# Usage: data/scripts/export_pokemon_drop.sh [output.json]   (default: data/pokemon_gen8_9_raw.json)
set -euo pipefail

readonly PACKAGE="@pkmn/dex"
readonly VERSION="0.10.11"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/../.." && pwd)"
out="${1:-${repo_root}/data/pokemon_gen8_9_raw.json}"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

# --ignore-scripts: no install hooks run; only the package's data is read.
npm install --prefix "${work}" --no-save --no-package-lock --ignore-scripts --omit=optional \
  --no-audit --no-fund --loglevel=error "${PACKAGE}@${VERSION}" >/dev/null

node "${script_dir}/export_pokemon_drop.mjs" "${work}/node_modules/${PACKAGE}" "${out}"
