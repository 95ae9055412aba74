#!/usr/bin/env bash
# FTP logins from a real keychain: gnome-keyring in a private D-Bus session with a throw-away HOME.
# Usage: ftp-keyring-test.sh FTP_GTEST PLUGIN_DIR
set -euo pipefail
ftp_gtest=$1
export EOC_PLUGIN_PATH=$2

source "$(dirname "${BASH_SOURCE[0]}")/../../support/throwaway-home.sh"

dbus-run-session -- bash -euo pipefail -c '
  ftp_gtest=$1
  fail() { echo "FAIL: $*" >&2; exit 1; }
  echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  EOC_KEYRING_TEST=live "$ftp_gtest" --gtest_filter="*Keychain*" >"$HOME/ftp.out" 2>&1 || { cat "$HOME/ftp.out"; fail "FTP keychain test"; }
  if grep -q "SKIPPED" "$HOME/ftp.out"; then cat "$HOME/ftp.out"; fail "the FTP keychain test was skipped"; fi
  grep -q "PASSED.*1 test" "$HOME/ftp.out" || { cat "$HOME/ftp.out"; fail "the FTP keychain test did not run"; }
  tail -3 "$HOME/ftp.out"; echo "ftp keyring test passed"
' _ "$ftp_gtest"
