#!/usr/bin/env bash
# Accounts in a real keychain: gnome-keyring in a private D-Bus session with a throw-away HOME.
# Usage: keyring-test.sh EO_COLLECTOR_CLI KEYRING_GTEST_BINARY PLUGIN_DIR
set -euo pipefail
cli=$1
gtest=$2
export EOC_PLUGIN_PATH=$3

source "$(dirname "${BASH_SOURCE[0]}")/../support/throwaway-home.sh"
unset EOC_DATASPACE_USERNAME EOC_DATASPACE_PASSWORD EOC_DATASPACE_TOKEN

fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. Without any D-Bus session: a clear error, nothing written.
(
  export DBUS_SESSION_BUS_ADDRESS=unix:path=$HOME/no-such-bus
  out=$(printf 'pw-nobus' | "$cli" account add dataspace --account alice 2>&1) && fail "account add succeeded without a keychain"
  grep -q "No keychain service is running" <<<"$out" || fail "unclear error without a keychain: $out"
  grep -q "pw-nobus" <<<"$out" && fail "the secret was echoed: $out"
  EOC_KEYRING_TEST=none "$gtest" --gtest_filter='CredentialStore.NoKeychainService*' >/dev/null \
    || fail "CredentialStore test without a keychain service"
)

# 2. With an unlocked gnome-keyring in a private session bus.
dbus-run-session -- bash -euo pipefail -c '
  cli=$1; gtest=$2
  fail() { echo "FAIL: $*" >&2; exit 1; }
  echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  secret="Pw-$RANDOM-s3cr3t+&="

  printf "%s" "$secret" | "$cli" account add dataspace --account alice >"$HOME/add.out" 2>"$HOME/add.err" \
    || fail "account add: $(cat "$HOME/add.err")"
  secret-tool search --all user "dataspace:alice" >"$HOME/search.txt" 2>&1 || true
  grep -q "secret = $secret" "$HOME/search.txt" || fail "the keychain has no dataspace:alice entry: $(cat "$HOME/search.txt")"
  grep -q "eo-collector" "$HOME/search.txt" || fail "the keychain entry is not under the eo-collector service"

  "$cli" account list >"$HOME/list.out" 2>"$HOME/list.err" || fail "account list failed"
  grep -qP "^dataspace\talice" "$HOME/list.out" || fail "account list does not show alice: $(cat "$HOME/list.out")"

  # The secret must be nowhere on disk outside the keychain, nor in anything the program printed.
  if grep -rqF -- "$secret" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" \
       --exclude-dir=keyrings "$HOME"/*.out "$HOME"/*.err 2>/dev/null; then
    grep -rlF -- "$secret" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" --exclude-dir=keyrings "$HOME"/*.out "$HOME"/*.err >&2 || true
    fail "the secret was found outside the keychain"
  fi
  grep -rq "alice" "$XDG_CONFIG_HOME" || fail "the account index is not in the settings"

  EOC_KEYRING_TEST=live "$gtest" >"$HOME/gtest.out" 2>&1 || { cat "$HOME/gtest.out"; fail "CredentialStore tests"; }
  grep -q "PASSED.*3 test" "$HOME/gtest.out" || { cat "$HOME/gtest.out"; fail "CredentialStore tests did not run"; }

  # The shared queue'"'"'s database password: under the account "queue", never in the settings.
  printf "%s" "q-$secret" | "$cli" account add queue --account eoc >"$HOME/queue.out" 2>"$HOME/queue.err" \
    || fail "account add queue: $(cat "$HOME/queue.err")"
  secret-tool search --all user "queue:eoc" 2>&1 | grep -q "secret = q-$secret" || fail "no queue:eoc entry in the keychain"
  grep -rqF -- "q-$secret" "$XDG_CONFIG_HOME" && fail "the queue password is in the settings"

  "$cli" account remove dataspace --account alice >/dev/null 2>"$HOME/remove.err" || fail "account remove: $(cat "$HOME/remove.err")"
  if secret-tool search --all user "dataspace:alice" 2>/dev/null | grep -q secret; then fail "the entry is still in the keychain"; fi
  "$cli" account list >"$HOME/list2.out" 2>/dev/null
  grep -q alice "$HOME/list2.out" && fail "alice is still listed"
  echo "keyring test passed"
' _ "$cli" "$gtest"
