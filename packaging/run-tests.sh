#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds EO Collector and runs every test.
#   packaging/run-tests.sh                 normal build in build/
#   EOC_SANITIZE=1 packaging/run-tests.sh  AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh

if [[ "${EOC_SANITIZE:-0}" == "1" ]]; then
  BUILD_DIR=${BUILD_DIR:-build-asan}
  EXTRA=(-DEOC_SANITIZE=ON -DEOC_BUILD_BENCHMARKS=OFF)
  # Qt and GDAL keep some allocations for the life of the process; leaks are not what this
  # pass is for (valgrind/heaptrack are).
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
else
  BUILD_DIR=${BUILD_DIR:-build}
  EXTRA=()
fi
WERROR=OFF
if [[ "${CI:-}" == "true" ]]; then WERROR=ON; fi

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEOC_WERROR=$WERROR "${EXTRA[@]}"
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
