#!/usr/bin/env bash
# Regenerates data/tcgp_cards.csv (Pokémon TCG Pocket cards with pull rates) from the npm package
# pokemon-tcg-pocket-database, pinned to an exact version.
# Needs node (>= 16) and npm. Installs into a temporary directory, removed on exit.
# Usage: data/scripts/export_tcgp_cards.sh [output.csv]   (default: data/tcgp_cards.csv)
set -euo pipefail

readonly PACKAGE="pokemon-tcg-pocket-database"
readonly VERSION="2.6.1"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/../.." && pwd)"
out="${1:-${repo_root}/data/tcgp_cards.csv}"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

# --ignore-scripts: no install hooks run; only the package's data files are read.
npm install --prefix "${work}" --no-save --no-package-lock --ignore-scripts --omit=optional \
  --no-audit --no-fund --loglevel=error "${PACKAGE}@${VERSION}" >/dev/null

node "${script_dir}/export_tcgp_cards.mjs" "${work}/node_modules/${PACKAGE}" "${out}"
