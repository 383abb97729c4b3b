#!/usr/bin/env bash
# The widgets in a real browser: Debian's Chromium driven by playwright-core (node --test).
# Installs Chromium and fonts with Arabic and CJK glyphs when missing (Playwright's own browser
# downloads are not reachable). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q 'Noto Sans Arabic' || need+=(fonts-noto-core)
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "npm ci failed in tests/browser"
  echo "0 passed, 1 failed"
  exit 1
fi

# TAP output whatever the terminal, so that "# pass N" and "# fail N" can be read back.
node --test --test-reporter=tap --test-concurrency=1 widgets.test.mjs 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -n 1)"
failed="$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -n 1)"
passed=${passed:-0}
failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
