#!/usr/bin/env bash
# The map's geometry is prepared by a script, not edited by hand: rebuilds data/geo/world-shapes.csv from the
# packages pinned in src/map-geometry/package-lock.json and fails when the committed file differs from what they give.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

if ! (cd "$root/src/map-geometry" && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
  cat "$work/npm.log"
  echo "map geometry: npm ci failed"
  echo "0 passed, 1 failed"
  exit 1
fi

if node "$root/src/map-geometry/build-shapes.mjs" "$work/world-shapes.csv" 2>&1 && cmp -s "$work/world-shapes.csv" "$root/data/geo/world-shapes.csv"; then
  echo "map geometry: data/geo/world-shapes.csv is what src/map-geometry/build-shapes.mjs makes"
  passed=$((passed + 1))
else
  echo "map geometry: data/geo/world-shapes.csv differs from what src/map-geometry/build-shapes.mjs makes (rerun: cd src/map-geometry && npm ci && node build-shapes.mjs)"
  diff <(cut -d, -f1-10 "$root/data/geo/world-shapes.csv") <(cut -d, -f1-10 "$work/world-shapes.csv") | head -n 20
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
