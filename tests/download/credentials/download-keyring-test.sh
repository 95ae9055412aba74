#!/usr/bin/env bash
# Download headers in a real keychain: gnome-keyring in a private D-Bus session with a throw-away
# HOME (the tests give each CLI run its own HOME below it). Usage:
#   download-keyring-test.sh CREDENTIAL_CLI_GTEST KEYRING_GTEST PLUGIN_DIR
set -euo pipefail
cli_gtest=$1
keyring_gtest=$2
export EOC_PLUGIN_PATH=$3

source "$(dirname "${BASH_SOURCE[0]}")/../../support/throwaway-home.sh"

dbus-run-session -- bash -euo pipefail -c '
  cli_gtest=$1; keyring_gtest=$2
  fail() { echo "FAIL: $*" >&2; exit 1; }
  echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The end-to-end tests again, now with a keychain to hold the headers.
  EOC_KEYRING_TEST=live "$cli_gtest" >"$HOME/cli.out" 2>&1 || { cat "$HOME/cli.out"; fail "download credential tests"; }
  grep -q "PASSED.*6 test" "$HOME/cli.out" || { cat "$HOME/cli.out"; fail "not every download credential test ran"; }
  EOC_KEYRING_TEST=live "$keyring_gtest" >"$HOME/keyring.out" 2>&1 || { cat "$HOME/keyring.out"; fail "download keychain tests"; }
  if grep -q "SKIPPED" "$HOME/keyring.out"; then cat "$HOME/keyring.out"; fail "keychain tests were skipped"; fi
  grep -q "PASSED.*3 test" "$HOME/keyring.out" || { cat "$HOME/keyring.out"; fail "not every download keychain test ran"; }
  # Done, removed or deleted items leave no download entry behind.
  if secret-tool search --all server eo-collector 2>/dev/null | grep -q "download:"; then
    secret-tool search --all server eo-collector >&2 || true
    fail "download headers were left in the keychain"
  fi
  echo "download keyring test passed"
' _ "$cli_gtest" "$keyring_gtest"
