#!/bin/sh
# Compares eo-collector-cli downloads with curl (one 1 GiB file, without a checksum, then with
# SHA-256 and MD5 against curl followed by sha256sum/md5sum) and aria2c (200 small files, 8 at a time) from a local python3 http.server: wall time, throughput, CPU seconds, peak RSS.
# Usage: tests/bench/download-vs-curl.sh [path/to/eo-collector-cli]
# Needs python3, curl, aria2c and GNU time (/usr/bin/time). Uses about 3 GiB in $TMPDIR.
set -eu

CLI=${1:-build/bin/eo-collector-cli}
[ -x "$CLI" ] || { echo "eo-collector-cli not found at $CLI" >&2; exit 2; }
CLI=$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/eoc-bench.XXXXXX")
PORT=${PORT:-18765}
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

mkdir -p "$WORK/www/small" "$WORK/xdg"
echo "Preparing 1 GiB and 200 x 256 KiB files in $WORK ..."
head -c 1073741824 /dev/urandom > "$WORK/www/big.bin"
i=0
while [ $i -lt 200 ]; do
    head -c 262144 /dev/urandom > "$WORK/www/small/f$i.bin"
    i=$((i + 1))
done
BIG_SHA=$(sha256sum "$WORK/www/big.bin" | cut -c1-64)
BIG_MD5=$(md5sum "$WORK/www/big.bin" | cut -c1-32)

(cd "$WORK/www" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1) &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
tries=0
until curl -sf -o /dev/null "$BASE/small/f0.bin"; do
    tries=$((tries + 1))
    [ $tries -lt 50 ] || { echo "the local server did not start" >&2; exit 1; }
    sleep 0.2
done

# measure NAME COMMAND...: prints wall seconds, CPU seconds and peak RSS from GNU time.
measure() {
    name=$1; shift
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || {
        echo "$name failed:"; cat "$WORK/stderr.txt"; exit 1; }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    echo "$name $wall $user $sys $rss"
}

report() {   # NAME WALL USER SYS RSS BYTES
    awk -v n="$1" -v w="$2" -v u="$3" -v s="$4" -v r="$5" -v b="$6" 'BEGIN {
        printf "%-22s %8.2f s %9.1f MiB/s  cpu %6.2f s  peak RSS %7.1f MiB\n", n, w, b / w / 1048576, u + s, r / 1024 }'
}

echo
echo "== one 1 GiB file =="
set -- $(measure curl curl -sS -o "$WORK/curl-big.bin" "$BASE/big.bin"); report "$@" 1073741824; CURL_WALL=$2
rm -f "$WORK/curl-big.bin"
set -- $(measure eo-collector-cli env XDG_DATA_HOME="$WORK/xdg" "$CLI" download --url "$BASE/big.bin" \
    --output "$WORK/eoc"); report "$@" 1073741824; EOC_WALL=$2
awk -v c="$CURL_WALL" -v e="$EOC_WALL" 'BEGIN { printf "throughput eo-collector-cli / curl: %.2fx\n", c / e }'
rm -rf "$WORK/eoc"
# With a checksum, eo-collector hashes while the bytes arrive (OpenSSL's digests, on their own thread).
# The fair comparison is what a curl user does to verify: download, then sha256sum.
set -- $(measure curl+sha256sum sh -c "curl -sS -o '$WORK/curl-big.bin' '$BASE/big.bin' && \
    echo '$BIG_SHA  $WORK/curl-big.bin' | sha256sum --quiet -c -"); report "$@" 1073741824; CURL_SHA_WALL=$2
rm -f "$WORK/curl-big.bin"
set -- $(measure eo-collector-cli+sha256 env XDG_DATA_HOME="$WORK/xdg2" "$CLI" download --url "$BASE/big.bin" \
    --output "$WORK/eoc-sha" --sha256 "$BIG_SHA"); report "$@" 1073741824; EOC_WALL=$2
awk -v c="$CURL_WALL" -v e="$EOC_WALL" 'BEGIN { printf "throughput eo-collector-cli with sha256 verification / curl: %.2fx\n", c / e }'
awk -v c="$CURL_SHA_WALL" -v e="$EOC_WALL" 'BEGIN { printf "throughput eo-collector-cli with sha256 / curl then sha256sum: %.2fx\n", c / e }'
rm -rf "$WORK/eoc-sha"
set -- $(measure curl+md5sum sh -c "curl -sS -o '$WORK/curl-big.bin' '$BASE/big.bin' && \
    echo '$BIG_MD5  $WORK/curl-big.bin' | md5sum --quiet -c -"); report "$@" 1073741824; CURL_MD5_WALL=$2
rm -f "$WORK/curl-big.bin"
set -- $(measure eo-collector-cli+md5 env XDG_DATA_HOME="$WORK/xdg3" "$CLI" download --url "$BASE/big.bin" \
    --output "$WORK/eoc-md5" --md5 "$BIG_MD5"); report "$@" 1073741824; EOC_WALL=$2
awk -v c="$CURL_MD5_WALL" -v e="$EOC_WALL" 'BEGIN { printf "throughput eo-collector-cli with md5 / curl then md5sum: %.2fx\n", c / e }'
rm -rf "$WORK/eoc-md5"
rm -rf "$WORK/eoc"

echo
echo "== 200 files of 256 KiB, 8 at a time =="
: > "$WORK/list.txt"
{
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<metalink xmlns="urn:ietf:params:xml:ns:metalink">'
    i=0
    while [ $i -lt 200 ]; do
        echo "$BASE/small/f$i.bin" >> "$WORK/list.txt"
        echo "<file name=\"f$i.bin\"><size>262144</size><url>$BASE/small/f$i.bin</url></file>"
        i=$((i + 1))
    done
    echo '</metalink>'
} > "$WORK/small.meta4"
set -- $(measure aria2c aria2c -q -j8 -d "$WORK/aria" -i "$WORK/list.txt"); report "$@" 52428800; ARIA_WALL=$2
set -- $(measure eo-collector-cli env XDG_DATA_HOME="$WORK/xdg" "$CLI" download --metalink "$WORK/small.meta4" \
    --output "$WORK/eoc-small" --jobs 8); report "$@" 52428800; EOC_WALL=$2
[ "$(ls "$WORK/eoc-small" | wc -l)" -eq 200 ] || { echo "eo-collector-cli did not write 200 files" >&2; exit 1; }
awk -v a="$ARIA_WALL" -v e="$EOC_WALL" 'BEGIN { printf "time eo-collector-cli / aria2c: %.2fx\n", e / a }'
