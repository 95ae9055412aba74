#!/usr/bin/env bash
# Builds an optimised tree and runs every benchmark: result parsing (with BDC-Collectors' own
# parse of the same pages in Python as the anchor), hashing and verification throughput, reading a
# large catalogue page by page, GUI painting/model/filter sync/thumbnail stalls/start-up, then the
# end-to-end download comparison with curl, curl + sha256sum, curl + md5sum and aria2c. Ends with
# one table of every target beside its anchor from the same run (tests/bench/summarise.py).
#   tests/bench/run-benchmarks.sh                   all of them
#   SKIP_DOWNLOAD=1 tests/bench/run-benchmarks.sh   without the 1 GiB download comparison
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build-release}
OUT=${BENCH_OUT:-$BUILD_DIR/bench-results}
BENCHES=(eoc_bench_dataspace_odata eoc_bench_result_parsing download_bench eoc_bench_search_paging eoc_bench_gui)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEOC_BUILD_TESTS=ON -DEOC_BUILD_BENCHMARKS=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)" \
  --target "${BENCHES[@]}" eo-collector-cli eo-collector eoc_provider_http
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
rm -rf "$OUT"
mkdir -p "$OUT"
for bench in eoc_bench_dataspace_odata eoc_bench_result_parsing download_bench eoc_bench_search_paging; do
  echo "== $bench =="
  "$BUILD_DIR/bin/$bench" --benchmark_out="$OUT/$bench.json" --benchmark_out_format=json
done
echo "== eoc_bench_gui =="
"$BUILD_DIR/bin/eoc_bench_gui" --benchmark_filter=-Memory --benchmark_out="$OUT/eoc_bench_gui.json" --benchmark_out_format=json
# In a process of its own, so that its peak RSS is its own.
"$BUILD_DIR/bin/eoc_bench_gui" --benchmark_filter=Memory --benchmark_out="$OUT/eoc_bench_gui_memory.json" --benchmark_out_format=json
echo "== BDC-Collectors' parse of the same pages (Python) =="
/usr/bin/python3 tests/bench/bdc-collectors-odata-parse.py tests/data | tee "$OUT/bdc-collectors.txt"
if [[ "${SKIP_DOWNLOAD:-0}" != "1" ]]; then
  echo "== download-vs-curl =="
  sh tests/bench/download-vs-curl.sh "$BUILD_DIR/bin/eo-collector-cli" | tee "$OUT/download.txt"
fi
echo
echo "== targets =="
python3 tests/bench/summarise.py "$OUT"
