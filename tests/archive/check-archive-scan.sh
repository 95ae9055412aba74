#!/usr/bin/env bash
# `archive scan` and `archive verify|list|files|assets` on a folder built here with GDAL's own tools:
#   - a zipped Sentinel-2 L2A SAFE (JPEG 2000 bands in R10m/R20m, TCI/AOT, the metadata files),
#   - an unpacked Landsat 9 Collection 2 L2 scene (GeoTIFF bands, ST_QA, MTL/ANG files, and a
#     stray file whose name is no band),
#   - a zip cut in half, and a Landsat 8 scene whose band file is cut short.
# The sound products must be listed with exactly their bands, read in place (/vsizip/); the damaged
# ones must be reported, and verify must fail because of them.
# Usage: check-archive-scan.sh CLI
# Exits 77 (ctest's skip) naming what is missing when GDAL's command-line tools are not installed.
set -euo pipefail
cli=$1
for tool in gdal_create gdal_translate python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (packaging/install-deps.sh installs gdal-bin)"
    exit 77
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

raster() {   # raster FORMAT PATH: a small single-band raster
  local tif="$work/tmp.tif"
  gdal_create -q -of GTiff -outsize 64 64 -bands 1 -ot UInt16 -burn 7 -a_srs EPSG:32724 -a_ullr 500000 9500000 500640 9499360 "$tif"
  mkdir -p "$(dirname "$2")"
  if [[ $1 == JP2 ]]; then gdal_translate -q -of JP2OpenJPEG "$tif" "$2"; else cp "$tif" "$2"; fi
  rm -f "$tif"
}

archive="$work/archive"
s2=S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745
safe="$work/build/$s2.SAFE"
granule="$safe/GRANULE/L2A_T24MVV_A043879_20250731T130245"
for band in B02 B03 B04 B08 TCI; do raster JP2 "$granule/IMG_DATA/R10m/T24MVV_20250731T130249_${band}_10m.jp2"; done
for band in B02 B05 B11 SCL AOT WVP; do raster JP2 "$granule/IMG_DATA/R20m/T24MVV_20250731T130249_${band}_20m.jp2"; done
echo '<xml/>' > "$safe/MTD_MSIL2A.xml"
echo '<xml/>' > "$granule/MTD_TL.xml"
mkdir -p "$archive/sentinel-2/24/M/VV/2025"
(cd "$work/build" && python3 -m zipfile -c "$archive/sentinel-2/24/M/VV/2025/$s2.zip" "$s2.SAFE")

l9=LC09_L2SP_220069_20240110_20240111_02_T1
scene="$archive/landsat/220/069/2024/$l9"
for band in SR_B1 SR_B2 SR_B3 SR_B4 SR_B5 SR_B6 SR_B7 ST_B10 ST_QA QA_PIXEL QA_RADSAT; do raster GTiff "$scene/${l9}_${band}.TIF"; done
for extra in MTL.txt MTL.xml ANG.txt; do echo x > "$scene/${l9}_$extra"; done
raster GTiff "$scene/${l9}_SR_QA_MYSTERY.TIF.bak"

damaged_zip=S2A_MSIL1C_20250101T130251_N0511_R095_T24MVV_20250101T131834
cp "$archive/sentinel-2/24/M/VV/2025/$s2.zip" "$work/whole.zip"
head -c $(( $(stat -c %s "$work/whole.zip") / 2 )) "$work/whole.zip" > "$archive/$damaged_zip.zip"

l8=LC08_L2SP_220069_20240102_20240109_02_T1
raster GTiff "$archive/$l8/${l8}_SR_B4.TIF"
raster GTiff "$archive/$l8/${l8}_SR_B5.TIF"
truncate -s 2000 "$archive/$l8/${l8}_SR_B5.TIF"

echo "== archive scan --json"
"$cli" archive scan "$archive" --json > "$work/scan.json"
python3 - "$work/scan.json" "$s2" "$l9" "$damaged_zip" "$l8" <<'PY'
import json, sys
products = {p["scene_id"]: p for p in json.load(open(sys.argv[1]))}
s2, l9, broken_zip, l8 = sys.argv[2:6]
def check(cond, what):
    if not cond:
        sys.exit("FAIL: " + what + "\n" + json.dumps(products, indent=1)[:3000])
check(set(products) == {s2, l9, broken_zip, l8}, "the four products, and nothing else, are found")

p = products[s2]
check(p["zipped"] and p["sound"] and p["tile"] == "24MVV" and p["date"] == "2025-07-31", "the zipped SAFE: sound, tile and date")
check(sorted(p["bands"]) == ["B02", "B03", "B04", "B05", "B08", "B11", "SCL"], "S2 bands: %s" % sorted(p["bands"]))
check(p["bands"]["B02"].endswith("/R10m/T24MVV_20250731T130249_B02_10m.jp2"), "B02 is the 10 m file")
check(p["bands"]["B02"].startswith("/vsizip/"), "bands are read in place")
check(sorted(p["assets"]) == ["AOT", "MTD_MSIL2A", "MTD_TL", "TCI", "WVP"], "S2 assets: %s" % sorted(p["assets"]))

p = products[l9]
check(not p["zipped"] and p["sound"] and p["tile"] == "220069", "the Landsat folder: sound, path/row")
expected = ["QA_PIXEL", "QA_RADSAT", "SR_B1", "SR_B2", "SR_B3", "SR_B4", "SR_B5", "SR_B6", "SR_B7", "ST_B10", "ST_QA"]
check(sorted(p["bands"]) == expected, "Landsat bands: %s" % sorted(p["bands"]))
check(sorted(p["assets"]) == ["ANG.txt", "MTL.txt", "MTL.xml"], "Landsat assets: %s" % sorted(p["assets"]))

p = products[broken_zip]
check(not p["sound"] and any("zip" in m for m in p["problems"]), "the cut zip is reported: %s" % p["problems"])
p = products[l8]
check(not p["sound"] and len(p["problems"]) == 1 and p["problems"][0].startswith("band SR_B5"),
      "the short band, and only it, is reported: %s" % p["problems"])
print("scan: 4 products, 2 sound, the damaged zip and band reported")
PY

echo "== archive scan (text)"
"$cli" archive scan "$archive" > "$work/scan.txt"
grep -q "4 product(s)" "$work/scan.txt" || fail "the summary line: $(tail -1 "$work/scan.txt")"
grep -q "2 damaged" "$work/scan.txt" || fail "the damaged count: $(tail -1 "$work/scan.txt")"

echo "== archive verify fails on the damaged products, passes on the sound ones"
if "$cli" archive verify "$archive" > /dev/null 2> "$work/verify.err"; then fail "verify passed a damaged archive"; fi
grep -q "2 damaged product(s)" "$work/verify.err" || fail "verify's message: $(cat "$work/verify.err")"
rm -rf "${archive:?}/$damaged_zip.zip" "${archive:?}/$l8"
"$cli" archive verify "$archive" > /dev/null || fail "verify failed a sound archive"

echo "== archive list: the index of the last scan, without the disk"
index="$XDG_DATA_HOME/eo-collector/archive-index.json"
[[ -f $index ]] || fail "scan wrote no index at $index"
"$cli" archive list --json > "$work/list.json"
python3 -c 'import json,sys; ids=sorted(p["scene_id"] for p in json.load(open(sys.argv[1]))); assert ids==sorted(sys.argv[2:]), ids' \
  "$work/list.json" "$s2" "$l9" || fail "list shows the two products of the last scan"
mv "$archive" "$work/moved-away"
"$cli" archive list "$archive" > "$work/list.txt" || fail "list of the scanned folder"
grep -q "2 product(s)" "$work/list.txt" || fail "list reads the index, not the disk: $(cat "$work/list.txt")"
mv "$work/moved-away" "$archive"
if "$cli" archive list "$work/build" 2> "$work/never.err"; then fail "list of a folder never scanned succeeded"; fi
grep -q "was never scanned" "$work/never.err" || fail "the never-scanned message: $(cat "$work/never.err")"
cp "$index" "$work/index.bak"
printf '{"folders": [' > "$index"
if "$cli" archive scan "$archive" > /dev/null 2> "$work/damaged-index.err"; then fail "scan overwrote a damaged index"; fi
grep -q "archive-index.json is damaged" "$work/damaged-index.err" || fail "the damaged index is named: $(cat "$work/damaged-index.err")"
[[ $(cat "$index") == '{"folders": [' ]] || fail "the damaged index was changed"
cp "$work/index.bak" "$index"

echo "== archive files / assets of one product"
"$cli" archive files "$archive/sentinel-2/24/M/VV/2025/$s2.zip" > "$work/files.txt"
[[ $(wc -l < "$work/files.txt") -eq 7 ]] || fail "files lists 7 bands: $(cat "$work/files.txt")"
grep -qP "^B04\t/vsizip/" "$work/files.txt" || fail "files gives GDAL paths"
"$cli" archive assets "$scene" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert set(d)=={"ANG.txt","MTL.txt","MTL.xml"}, d'
if "$cli" archive files "$work/build" 2> "$work/notproduct.err"; then fail "a folder that is no product was accepted"; fi
grep -q "is not a product" "$work/notproduct.err" || fail "the error names the problem: $(cat "$work/notproduct.err")"
echo "archive commands: every check passed"
