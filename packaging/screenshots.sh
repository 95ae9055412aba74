#!/usr/bin/env bash
# Builds the desktop program's demo driver and takes the documentation screenshots under Xvfb:
#   packaging/screenshots/main-window.png     map with a drawn box, results and a selected footprint
#   packaging/screenshots/accounts.png        the accounts dialog over the main window, after a check
#   packaging/screenshots/settings.png        the settings dialog with the BDC folder layout
#   packaging/screenshots/downloads.png       the downloads view with transfers under way
#   packaging/screenshots/main-window-pt_BR.png  the same main window in Brazilian Portuguese
#   packaging/screenshots/main-window-dark.png   the same main window with a dark palette
# The demo replays recorded Earth Search answers from a local server; no network is used.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${OUT:-packaging/screenshots}
DISPLAY_NUM=${DISPLAY_NUM:-99}
SIZE=${SIZE:-1400x880}

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja
fi
cmake --build "$BUILD_DIR" -j2 --target eoc-ui-demo
mkdir -p "$OUT"

Xvfb ":$DISPLAY_NUM" -screen 0 "${SIZE}x24" -nolisten tcp &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# A private home so no user settings, accounts or window layouts leak into the pictures.
home=$(mktemp -d)
export XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data"
export QT_QPA_PLATFORM=xcb

shoot() {
  local name=$1; shift
  local log
  log=$(mktemp)
  "$BUILD_DIR/bin/eoc-ui-demo" "$@" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 200); do
    grep -q '^ready' "$log" && break
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "demo exited early" >&2; return 1; fi
    sleep 0.1
  done
  grep -q '^ready' "$log" || { cat "$log"; echo "demo never became ready" >&2; kill "$pid"; return 1; }
  import -window root "$OUT/$name.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  echo "wrote $OUT/$name.png"
}

shoot main-window main
shoot accounts accounts
shoot settings settings
shoot downloads downloads
shoot main-window-pt_BR main --lang pt_BR
shoot main-window-dark main --dark
rm -rf "$home"
