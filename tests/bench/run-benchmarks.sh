#!/usr/bin/env bash
# Builds an optimised tree and runs every benchmark: result parsing, verification throughput, GUI
# painting/model/filter sync/thumbnail stalls/start-up, then the end-to-end download comparison
# with curl and aria2c.
#   tests/bench/run-benchmarks.sh            all of them
#   SKIP_DOWNLOAD=1 tests/bench/run-benchmarks.sh   without the 1 GiB download comparison
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build-release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEOC_BUILD_TESTS=ON -DEOC_BUILD_BENCHMARKS=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)" \
  --target eoc_bench_dataspace_odata download_bench eoc_bench_gui eo-collector-cli eo-collector eoc_provider_http
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for bench in eoc_bench_dataspace_odata download_bench eoc_bench_gui; do
  echo "== $bench =="
  "$BUILD_DIR/bin/$bench"
done
if [[ "${SKIP_DOWNLOAD:-0}" != "1" ]]; then
  echo "== download-vs-curl =="
  sh tests/bench/download-vs-curl.sh "$BUILD_DIR/bin/eo-collector-cli"
fi
