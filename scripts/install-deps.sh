#!/usr/bin/env bash
# Installs the Debian 12 packages course needs; a no-op when they are all present.
#   scripts/install-deps.sh          build + run dependencies
#   scripts/install-deps.sh --test   also what the test suite uses
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail

packages=(
  g++ cmake make binutils pkg-config       # toolchain (binutils: the gold linker for fast links)
  libeigen3-dev nlohmann-json3-dev libyaml-cpp-dev libfmt-dev libspdlog-dev libcli11-dev
  bubblewrap                               # namespaces sandbox for learner code
  libcpp-httplib-dev                       # course serve's HTTP server
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev python3 python3-yaml procps bsdutils
             python3-sklearn python3-pandas  # recompute the quiz bank's numbers (content.quiz_answers)
             python3-junitparser             # reads our JUnit XML back as CI servers do
             chromium wrk                    # course serve: the page in headless Chromium; load test
             python3-pil)                    # reads Chromium's screenshots (certificate, capstone)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
