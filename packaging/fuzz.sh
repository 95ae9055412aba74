#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) and runs them.
#   packaging/fuzz.sh build                              only build them (in BUILD_DIR)
#   packaging/fuzz.sh TARGET|all DURATION [CORPUS_DIR]   build, then fuzz
# DURATION is hours ("4", "0.5") or seconds ("240s"); with "all" it is shared evenly by the targets,
# which run one after another (one fuzzer process at a time). The corpora grow in CORPUS_DIR
# (default ~/.cache/eo-collector/fuzz), one folder per target, so a later run goes on from there;
# they start from the recorded answers in tests/data and the hand-made seeds in tests/fuzz/seeds.
# A crash, leak, timeout (10 s for one input) or out-of-memory stops that target, leaves its input
# in CORPUS_DIR/artifacts/ and makes the script exit with 1. Environment: BUILD_DIR (build-fuzz),
# EOC_FUZZ_NO_BUILD=1 to use the fuzzers already built.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE_DIR=$PWD

if [[ ${1:-} != build ]] && (($# < 2)); then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
WHICH=$1
DURATION=${2:-0s}
CORPUS_DIR=$(realpath -m "${3:-${XDG_CACHE_HOME:-$HOME/.cache}/eo-collector/fuzz}")
BUILD_DIR=$(realpath -m "${BUILD_DIR:-build-fuzz}")

if [[ $DURATION == *s ]]; then
  total_seconds=${DURATION%s}
else
  total_seconds=$(awk -v h="$DURATION" 'BEGIN { printf "%d", h * 3600 }')
fi

if [[ "${EOC_FUZZ_NO_BUILD:-0}" != "1" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DEOC_BUILD_FUZZERS=ON -DEOC_BUILD_TESTS=OFF -DEOC_BUILD_GUI=OFF -DEOC_BUILD_BENCHMARKS=OFF \
    -DEOC_WERROR=ON
  cmake --build "$BUILD_DIR" --target eoc_fuzzers --parallel "$(nproc)"
fi
if [[ $WHICH == build ]]; then exit 0; fi

mapfile -t ALL_TARGETS < "$BUILD_DIR/fuzz/targets.txt"
if [[ $WHICH == all ]]; then
  TARGETS=("${ALL_TARGETS[@]}")
elif printf '%s\n' "${ALL_TARGETS[@]}" | grep -qx -- "$WHICH"; then
  TARGETS=("$WHICH")
else
  echo "fuzz.sh: unknown target '$WHICH'; targets: all ${ALL_TARGETS[*]}" >&2
  exit 2
fi
per_target=$((total_seconds / ${#TARGETS[@]}))
((per_target >= 1)) || per_target=1

# Splits the recorded answers into one small seed per item (a page of 100 STAC items is 200 kB,
# too slow to mutate) and keeps the small answers whole. $1: output folder, $2: the JSON array's
# path in the answer ("value", "data.results"), the rest: files.
split_answers() {
  python3 - "$@" <<'PY'
import hashlib, json, os, sys
out, path, files = sys.argv[1], sys.argv[2].split("."), sys.argv[3:]
def put(text):
    data = text.encode()
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
for name in files:
    raw = open(name, encoding="utf-8").read()
    if len(raw) <= 16384:
        put(raw)
    doc = json.loads(raw)
    node = doc
    for key in path:
        node = node.get(key, []) if isinstance(node, dict) else []
    for item in (node if isinstance(node, list) else []):
        wrapped = item
        for key in reversed(path):
            wrapped = {key: [wrapped] if wrapped is item else wrapped}
        put(json.dumps(wrapped))
PY
}

# The seeds of one target into $2 (a fresh folder): tests/data (never duplicated in git) and
# tests/fuzz/seeds/<target>.
collect_seeds() {
  local target=$1 out=$2 data=$SOURCE_DIR/tests/data
  mkdir -p "$out"
  case $target in
    sceneid)
      grep -v '^#' "$data/sceneid/real_ids.tsv" | cut -f1 | while read -r id; do
        printf '%s' "$id" > "$out/$(printf '%s' "$id" | sha1sum | cut -c1-40)"
      done ;;
    odata_page) split_answers "$out" value "$data"/dataspace/products_*.json "$data"/dataspace/creodias_*.json ;;
    hub_answers) cp "$data"/dhus/*.json "$data"/dhus/*.xml "$data"/dhus/*.html "$data"/dhus/*.txt "$data"/onda/products_*.json "$out"/
                 rm -f "$out"/*.meta.json ;;
    stac_page) split_answers "$out" features "$data"/stac/stac_earth_search/v1_search_*.json \
                 "$data"/stac/stac_planetary_computer/{items,search}_*.json ;;
    umm_granules) split_answers "$out" items "$data"/earthdata/granules_umm_json_*.json ;;
    usgs_m2m) split_answers "$out" data.results "$data"/usgs/scene_search_*.json "$data"/usgs/login*.json ;;
    region_geojson) cp "$data"/region/*.geojson "$out"/ ;;
  esac
  if [[ -d $SOURCE_DIR/tests/fuzz/seeds/$target ]]; then
    cp "$SOURCE_DIR/tests/fuzz/seeds/$target"/* "$out"/
  fi
}

dictionary_of() {
  case $1 in
    odata_page|hub_answers|gcs_listing|stac_page|umm_granules|usgs_m2m|region_geojson|settings_json) echo json.dict ;;
    region_wkt) echo wkt.dict ;;
    metalink) echo metalink.dict ;;
    content_disposition|content_range|retry_after) echo http-headers.dict ;;
    sceneid) echo sceneid.dict ;;
  esac
}

# Leaks are checked; Qt's global caches are reachable at exit, so no suppressions are needed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES="*.debug=false"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$CORPUS_DIR/artifacts"
failed=()
summary=()
for target in "${TARGETS[@]}"; do
  corpus=$CORPUS_DIR/$target
  seeds=$work/seeds-$target
  mkdir -p "$corpus"
  collect_seeds "$target" "$seeds"
  args=(-max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 -max_len=65536
        -artifact_prefix="$CORPUS_DIR/artifacts/$target-" -print_final_stats=1)
  dict=$(dictionary_of "$target")
  if [[ -n $dict ]]; then args+=(-dict="$SOURCE_DIR/tests/fuzz/dict/$dict"); fi
  echo "== fuzz $target for ${per_target}s (corpus $corpus)"
  log=$work/$target.log
  status=0
  "$BUILD_DIR/fuzz/fuzz_$target" "${args[@]}" "$corpus" "$seeds" > "$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  summary+=("$target: ${runs:-?} runs in ${per_target}s, exit $status")
  if ((status != 0)); then
    failed+=("$target")
    tail -n 60 "$log"
  fi
  echo "${summary[-1]}"
done

printf '%s\n' "== fuzz summary" "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz.sh: failures in ${failed[*]}; inputs in $CORPUS_DIR/artifacts/" >&2
  exit 1
fi
