#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, run and test EO Collector.
# Idempotent: packages already present are skipped, so running it again is cheap.
# Both README commands and .ci/run use this one list.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ccache
  # Qt 6.4 and friends
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-positioning-dev qt6-svg-dev
  # the download queue shared by many machines: Qt's PostgreSQL driver, and a server for its tests
  libqt6sql6-psql postgresql-15
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins qt6-httpserver-dev
  libqt6svg6 qtkeychain-qt6-dev
  # Qt's own texts (dialog buttons, file dialogs) in the user's language
  qt6-translations-l10n
  # geometry and archives
  libgdal-dev gdal-bin libarchive-dev zlib1g-dev
  # FTP and FTPS downloads; OpenSSL's libcrypto for MD5/SHA digests
  libcurl4-openssl-dev libssl-dev
  # reading large search answers
  libsimdjson-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev python3 python3-pyftpdlib openssl
  gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth imagemagick
  curl aria2 fonts-dejavu-core time
  # checks of the Debian package (tests/packaging)
  lintian desktop-file-utils appstream bash-completion groff-base bsdextrautils
  # fuzzing (packaging/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
