#!/usr/bin/env bash
# The search's names and fold table are extracted by a script, not edited by hand: reinstalls the packages pinned in
# src/participant-names/package-lock.json, reruns the extraction, and fails when data/participant-other-names.csv or
# src/RatificationApi/ReadModel/NameFoldTable.g.cs differs from what it writes. Ends with "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! (cd "$root/src/participant-names" && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
  cat "$work/npm.log"
  echo "names: npm ci failed"
  echo "0 passed, 1 failed"
  exit 1
fi

if node "$root/src/participant-names/extract.mjs" --check; then
  echo "1 passed, 0 failed"
else
  echo "0 passed, 1 failed"
  exit 1
fi
