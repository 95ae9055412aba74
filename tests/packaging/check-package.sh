#!/usr/bin/env bash
# The installed tree and the Debian package, checked as a user and Debian's tools see them:
#   1. `cmake --install` into a temporary prefix, moved elsewhere: both programs start from the
#      moved tree and the CLI finds its plug-ins there (the tree is relocatable);
#   2. the desktop file, the AppStream metainfo, the man pages and the bash completion are valid
#      and describe what the programs really offer;
#   3. the library: an example program (app/examples) built against the moved tree with
#      find_package(EOCollector) searches a replayed STAC API, downloads a scene and lists its files;
#   4. cpack's two packages (the programs; the library's -dev) hold every part, and lintian finds
#      no error in them.
# Usage: check-package.sh SOURCE_DIR BUILD_DIR
# Exits 77 (ctest's skip) naming what is missing when Debian's checking tools are not installed.
set -euo pipefail
src=$1
build=$2

for tool in desktop-file-validate appstreamcli lintian dpkg-deb; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (packaging/install-deps.sh installs it)"
    exit 77
  fi
done
if [[ ! -f /usr/share/bash-completion/bash_completion ]]; then
  echo "SKIP: bash-completion is not installed (packaging/install-deps.sh installs it)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Settings, journal and keychain of a throw-away user, so nothing of this machine's user is read.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
unset EOC_PLUGIN_PATH
export QT_QPA_PLATFORM=offscreen
# A sanitizer build's programs run here too; Qt's lifelong allocations are not what this checks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

echo "== 1. cmake --install into a prefix, then moved"
cmake --install "$build" --prefix "$work/first" >/dev/null
mv "$work/first" "$work/moved"
root="$work/moved"
version=$(grep -m1 '^CMAKE_PROJECT_VERSION:' "$build/CMakeCache.txt" | cut -d= -f2)
[[ -n "$version" ]] || fail "no project version in $build/CMakeCache.txt"
[[ $("$root/bin/eo-collector-cli" --version) == "eo-collector-cli $version" ]] || fail "the moved CLI's --version"
[[ $("$root/bin/eo-collector" --version) == "eo-collector $version" ]] || fail "the moved GUI's --version"
providers=$("$root/bin/eo-collector-cli" providers --json)
# Every plug-in installed must be loaded from the moved tree (none from the build tree).
installed=$(find "$root/lib/eo-collector/providers" -name 'eoc_provider_*.so' | wc -l)
[[ $installed -gt 5 ]] || fail "only $installed provider plug-ins installed"
loaded=$(printf '%s' "$providers" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["providers"]) if isinstance(d,dict) else len(d))')
[[ $loaded -ge $installed ]] || fail "the moved CLI loaded $loaded providers of $installed installed"
# (grep -q on a here-string: in a pipe its early exit would fail the writer under pipefail)
grep -q '"stac"' <<<"$providers" || fail "the moved CLI does not list the stac provider"
echo "moved tree: version $version, $loaded providers from $installed plug-ins"

echo "== 2. desktop file, metainfo, man pages, completion"
desktop="$root/share/applications/eo-collector.desktop"
metainfo=$(find "$root/share/metainfo" -name '*.metainfo.xml')
desktop-file-validate "$desktop"
appstreamcli validate --no-net --explain "$metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
[[ -f "$root/share/icons/hicolor/scalable/apps/eo-collector.svg" ]] || fail "no hicolor icon"
for page in eo-collector-cli eo-collector; do
  man_file="$root/share/man/man1/$page.1.gz"
  [[ -f "$man_file" ]] || fail "no man page $page.1.gz"
  # man's own checker: the page must format without a warning.
  warnings=$(zcat "$man_file" | LC_ALL=C.UTF-8 MANROFFSEQ='' groff -man -Tutf8 -ww -z 2>&1 || true)
  [[ -z "$warnings" ]] || fail "$page.1 formats with warnings: $warnings"
done
# The CLI's page documents every command and option its help offers (it is made from that help).
page_text=$(zcat "$root/share/man/man1/eo-collector-cli.1.gz" | groff -man -Tascii 2>/dev/null | col -b)
for command in $("$root/bin/eo-collector-cli" --help | awk '/^Commands:/{on=1;next} on&&/^  [a-z]/{print $1} on&&!/^  /{on=0}'); do
  grep -q "^   $command\$" <<<"$page_text" || fail "the man page has no section for '$command'"
  for option in $("$root/bin/eo-collector-cli" "$command" --help | grep -oE '^ +(-[a-z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z][a-z0-9-]*'); do
    grep -qe "$option" <<<"$page_text" || fail "the man page lacks $command $option"
  done
done
completion="$root/share/bash-completion/completions/eo-collector-cli"
bash -n "$completion"
complete_words() {
  # What bash completion offers for the words given, the last being the one completed.
  bash -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _eo_collector_cli eo-collector-cli "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
[[ $(complete_words eo-collector-cli sea) == "search" ]] || fail "completion of 'sea' is not search"
grep -qx -- "--collection" <<<"$(complete_words eo-collector-cli search --coll)" || fail "completion of search --coll"
grep -qx -- "--json" <<<"$(complete_words eo-collector-cli queue --js)" || fail "completion of queue --js"
echo "desktop file, metainfo, man pages and completion valid"

echo "== 3. the library: the example program built against the moved tree"
# The example is its own CMake project: it sees the installed headers and library only.
cmake -S "$src/app/examples" -B "$work/example" -G Ninja -DCMAKE_PREFIX_PATH="$root" \
      -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" >/dev/null
cmake --build "$work/example" >/dev/null
# Headers of core's insides are not installed, only the public ones.
[[ -f "$root/include/EOCollector/Session.h" ]] || fail "no installed EOCollector/Session.h"
[[ ! -e "$root/include/core" ]] || fail "core's private headers are installed"
coproc replay { exec python3 "$src/tests/packaging/replay_earth_search.py" "$src/tests/data"; }
replay_pid=$replay_PID
read -r port <&"${replay[0]}"
trap 'kill $replay_pid 2>/dev/null || true; rm -rf "$work"' EXIT
example_out=$("$work/example/eoc-search-download" --provider stac --collection sentinel-2-l2a \
  --start 2025-07-31 --end 2025-07-31 --assets red,nir --output "$work/example-data" \
  --set "stac.url=http://127.0.0.1:$port") || fail "the example program failed: $example_out"
echo "$example_out"
scene=S2B_MSIL2A_20250731T130249_N0511_R095_T24MVV_20250731T132745
grep -qx "band B04 $work/example-data/$scene/B04.tif" <<<"$example_out" || fail "the example did not list band B04"
grep -qx "band B08 $work/example-data/$scene/B08.tif" <<<"$example_out" || fail "the example did not list band B08"
kill "$replay_pid"
echo "example program: built with find_package(EOCollector), searched, downloaded and listed the bands"

echo "== 4. the Debian packages"
# (CPack warns that plug-ins have no soname, as plug-ins should not: shown only if cpack fails.)
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(find "$work/deb" -maxdepth 1 -name 'eo-collector_*.deb')
dev_deb=$(find "$work/deb" -maxdepth 1 -name 'eo-collector-dev_*.deb')
[[ -f "$deb" ]] || fail "cpack wrote no eo-collector_*.deb"
[[ -f "$dev_deb" ]] || fail "cpack wrote no eo-collector-dev_*.deb"
dev_listing=$(dpkg-deb -c "$dev_deb")
for part in ./usr/include/EOCollector/EOCollector.h ./usr/include/EOCollector/Session.h ./usr/lib/libeocollector.so \
            ./usr/lib/cmake/EOCollector/EOCollectorConfig.cmake ./usr/lib/cmake/EOCollector/EOCollectorTargets.cmake \
            ./usr/share/doc/eo-collector-dev/copyright; do
  grep -qF " $part" <<<"$dev_listing" || fail "the -dev package lacks $part"
done
grep -q "eo-collector (= $version)" <<<"$(dpkg-deb -f "$dev_deb" Depends)" || fail "the -dev package does not depend on eo-collector $version"
listing=$(dpkg-deb -c "$deb")
grep -qF "./usr/include" <<<"$listing" && fail "the program's package holds headers"
for part in ./usr/bin/eo-collector ./usr/bin/eo-collector-cli ./usr/lib/eo-collector/providers/eoc_provider_stac.so \
            ./usr/lib/libeocollector.so.0 \
            ./usr/share/applications/eo-collector.desktop ./usr/share/metainfo/ \
            ./usr/share/icons/hicolor/scalable/apps/eo-collector.svg ./usr/share/man/man1/eo-collector.1.gz \
            ./usr/share/man/man1/eo-collector-cli.1.gz ./usr/share/bash-completion/completions/eo-collector-cli \
            ./usr/share/doc/eo-collector/copyright ./usr/share/doc/eo-collector/changelog.gz; do
  grep -qF " $part" <<<"$listing" || fail "the package lacks $part"
done
# Qt's libraries (found by dpkg-shlibdeps) and the plug-ins Qt loads at run time (declared by hand).
for dependency in libqt6widgets6 libgdal32 qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6; do
  grep -q "$dependency" <<<"$(dpkg-deb -f "$deb" Depends)" || fail "the package does not depend on $dependency: $(dpkg-deb -f "$deb" Depends)"
done
# lintian as root needs --allow-root; errors fail, warnings are printed for the reader.
lintian_args=(--fail-on error --tag-display-limit 0)
[[ $(id -u) -eq 0 ]] && lintian_args+=(--allow-root)
lintian "${lintian_args[@]}" "$deb" "$dev_deb"
echo "packages $(basename "$deb") and $(basename "$dev_deb"): every part present, no lintian error"
