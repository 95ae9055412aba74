#!/usr/bin/env bash
# Download headers in a real keychain: gnome-keyring in a private D-Bus session with a throw-away
# HOME (the tests give each CLI run its own HOME below it). Usage:
#   download-keyring-test.sh CREDENTIAL_CLI_GTEST_BINARY PLUGIN_DIR
set -euo pipefail
gtest=$1
export EOC_PLUGIN_PATH=$2

export HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$HOME/.run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- bash -euo pipefail -c '
  gtest=$1
  fail() { echo "FAIL: $*" >&2; exit 1; }
  echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  EOC_KEYRING_TEST=live "$gtest" >"$HOME/gtest.out" 2>&1 || { cat "$HOME/gtest.out"; fail "download credential tests"; }
  if grep -q "SKIPPED" "$HOME/gtest.out"; then cat "$HOME/gtest.out"; fail "keychain tests were skipped"; fi
  grep -q "PASSED.*8 test" "$HOME/gtest.out" || { cat "$HOME/gtest.out"; fail "not every download credential test ran"; }
  # Done, removed or deleted items leave no download entry behind.
  if secret-tool search --all server eo-collector 2>/dev/null | grep -q "download:"; then
    secret-tool search --all server eo-collector >&2 || true
    fail "download headers were left in the keychain"
  fi
  echo "download keyring test passed"
' _ "$gtest"
