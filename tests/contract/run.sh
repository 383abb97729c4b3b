#!/usr/bin/env bash
# Contract checks, run by .ci/run after the build: lint the committed OpenAPI document (Spectral and
# Redocly), type-check a TypeScript consumer against types generated from it, and replay the request
# catalogue through Prism against live instances of the service. Ends with "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error

passed=0
failed=0
step() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "contract: $name passed"; else failed=$((failed + 1)); echo "contract: $name FAILED"; fi
}

step "spectral lint" npx spectral lint --fail-severity=hint --ruleset .spectral.yaml "$root/openapi/ratification-api.v1.json"
step "redocly lint" npx redocly lint --config redocly.yaml "$root/openapi/ratification-api.v1.json"
step "typescript consumer" sh -c "npx openapi-typescript '$root/openapi/ratification-api.v1.json' -o consumer/api.d.ts && npx tsc -p consumer"

dll="$root/src/RatificationApi/bin/Debug/net10.0/RatificationApi.dll"
[ -f "$dll" ] || dotnet build "$root/src/RatificationApi" -v quiet
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_api() { # port, rate-limit permits (0 = off), database dir
  local port="$1" permits="$2" db="$3" enabled=true
  [ "$permits" = 0 ] && enabled=false && permits=1
  Data__DatabaseDirectory="$db" RateLimiting__Enabled="$enabled" RateLimiting__PermitLimit="$permits" RateLimiting__WindowSeconds=60 \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api-$port.log" 2>&1 &
  pids+=($!)
}
wait_for() { # url
  for _ in $(seq 1 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "contract: $1 did not answer"; return 1
}

start_api 5301 0 "$work/db-main"
start_api 5302 2 "$work/db-limited"
start_api 5303 0 "$work/db-broken"
wait_for http://127.0.0.1:5301/health/ready && wait_for http://127.0.0.1:5303/health/ready
wait_for http://127.0.0.1:5302/health/live # spends one of its two permits: the catalogue's burst of 3 still ends in a 429
rm -f "$work"/db-broken/*.db # this instance now has no database: readiness must say 503

for pair in 4010:5301 4011:5302 4012:5303; do
  npx prism proxy "$root/openapi/ratification-api.v1.json" "http://127.0.0.1:${pair#*:}" --errors --port "${pair%%:*}" --host 127.0.0.1 >"$work/prism-${pair%%:*}.log" 2>&1 &
  pids+=($!)
done
for port in 4010 4011 4012; do
  for _ in $(seq 1 150); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
done

# The limited instance's window starts with the probe above; the catalogue runs well within the minute.
API=http://127.0.0.1:5301 PRISM=http://127.0.0.1:4010 PRISM_LIMITED=http://127.0.0.1:4011 PRISM_BROKEN=http://127.0.0.1:4012 \
  node catalogue.mjs | tee "$work/catalogue.out"
line="$(tail -n 1 "$work/catalogue.out")"
passed=$((passed + $(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$line")))
failed=$((failed + $(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$line")))
if [ "$failed" -gt 0 ]; then
  echo "--- prism log (first lines) ---"; head -n 40 "$work/prism-4010.log"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
