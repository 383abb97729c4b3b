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
  local port="$1" permits="$2" db="$3" data="${4:-$(dirname "$dll")/data}" enabled=true
  [ "$permits" = 0 ] && enabled=false && permits=1
  Data__Directory="$data" Data__DatabaseDirectory="$db" RateLimiting__Enabled="$enabled" RateLimiting__PermitLimit="$permits" RateLimiting__WindowSeconds=60 \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api-$port.log" 2>&1 &
  pids+=($!)
}
wait_for() { # url
  for _ in $(seq 1 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "contract: $1 did not answer"; return 1
}

# Ports nothing listens on yet: with fixed ones, a port held by another run (a leftover Prism, another
# checkout's CI) answered for ours, and the catalogue was checked against that run's contract.
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for p in $(seq "$1" $(( $1 + 500 ))); do taken "$p" || { echo "$p"; return 0; }; done; return 1; }
api_main=$(free_port 5301); api_limited=$(free_port $((api_main + 1))); api_broken=$(free_port $((api_limited + 1)))
prism_main=$(free_port 4010); prism_limited=$(free_port $((prism_main + 1))); prism_broken=$(free_port $((prism_limited + 1)))

start_api "$api_main" 0 "$work/db-main"
start_api "$api_limited" 2 "$work/db-limited"
cp -r "$(dirname "$dll")/data" "$work/data-broken"
start_api "$api_broken" 0 "$work/db-broken" "$work/data-broken"
wait_for "http://127.0.0.1:$api_main/health/ready" && wait_for "http://127.0.0.1:$api_broken/health/ready"
wait_for "http://127.0.0.1:$api_limited/health/live" # spends one of its two permits: the catalogue's burst of 3 still ends in a 429
rm -f "$work"/db-broken/*.db # this instance now has no database: readiness must say 503
printf '\n' >>"$work/data-broken/resolutions.csv" # nor the data it loaded: the dataset download must say 503

for pair in "$prism_main:$api_main" "$prism_limited:$api_limited" "$prism_broken:$api_broken"; do
  # The binary itself, not npx: $! must be Prism, or the clean-up kills npx and leaves Prism holding its port.
  "$here/node_modules/.bin/prism" proxy "$root/openapi/ratification-api.v1.json" "http://127.0.0.1:${pair#*:}" --errors --port "${pair%%:*}" --host 127.0.0.1 >"$work/prism-${pair%%:*}.log" 2>&1 &
  pids+=($!)
done
for port in "$prism_main" "$prism_limited" "$prism_broken"; do
  for _ in $(seq 1 150); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
done

# The limited instance's window starts with the probe above; the catalogue runs well within the minute.
API="http://127.0.0.1:$api_main" PRISM="http://127.0.0.1:$prism_main" PRISM_LIMITED="http://127.0.0.1:$prism_limited" PRISM_BROKEN="http://127.0.0.1:$prism_broken" \
  node catalogue.mjs | tee "$work/catalogue.out"
line="$(tail -n 1 "$work/catalogue.out")"
passed=$((passed + $(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$line")))
failed=$((failed + $(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$line")))
if [ "$failed" -gt 0 ]; then
  echo "--- prism log (first lines) ---"; head -n 40 "$work/prism-$prism_main.log"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
