#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds EO Collector and launches the desktop application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
exec ./build/bin/eo-collector "$@"
