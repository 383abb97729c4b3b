#!/usr/bin/env bash
# Dredd against the committed OpenAPI document and a live service, as a consumer would run it in their own CI:
# `dredd openapi/ratification-api.v1.json <service>` with no edit to the document. hooks.js skips only the
# transactions Dredd cannot provoke (each status with its reason); nothing changes a request or an expectation.
# Ends with "N passed, N failed" from Dredd's own counts, the skipped ones on the line above.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error

dll="$root/src/RatificationApi/bin/Debug/net10.0/RatificationApi.dll"
[ -f "$dll" ] || dotnet build "$root/src/RatificationApi" -v quiet
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# A port nothing listens on yet (as tests/contract/run.sh): a fixed one could be another run's service.
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for p in $(seq "$1" $(( $1 + 500 ))); do taken "$p" || { echo "$p"; return 0; }; done; return 1; }
port=$(free_port 5601)

# The rate limiter off: Dredd's transactions come in a burst, and a 429 in the middle would fail an innocent one.
Data__Directory="$(dirname "$dll")/data" Data__DatabaseDirectory="$work/db" RateLimiting__Enabled=false \
  dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.2; done

# The binary itself, not npx, so that $! would be Dredd if it were backgrounded; it runs in the foreground here.
"$here/node_modules/.bin/dredd" "$root/openapi/ratification-api.v1.json" "http://127.0.0.1:$port" \
  --hookfiles "$here/hooks.js" --language nodejs --loglevel warning --color false >"$work/dredd.out" 2>&1
dredd_status=$?
# Every failure with Dredd's own account of it (request, expected, actual); then the skips counted by status.
grep -E -A 30 '^(fail|error):' "$work/dredd.out" | head -n 400
echo "dredd skipped, by status (hooks.js gives the reason for each): $(sed -n 's/^skip: [A-Z]* (\([0-9]*\)).*/\1/p' "$work/dredd.out" | sort | uniq -c | awk '{printf "%s%s x %s", sep, $1, $2; sep=", "}')"
grep -E '^complete:' "$work/dredd.out"
summary="$(grep -E '^complete: .* total' "$work/dredd.out" | tail -n 1)"
if [ -z "$summary" ]; then
  echo "dredd: no summary (exit $dredd_status); its output:"; tail -n 40 "$work/dredd.out"; tail -n 20 "$work/api.log"
  echo "0 passed, 1 failed"
  exit 1
fi
count() { sed -n "s/.* \([0-9]*\) $1.*/\1/p" <<<"$summary"; }
passing=$(count passing); failing=$(count failing); errors=$(count errors); skipped=$(count skipped)
echo "dredd: $passing passing, $failing failing, $errors errors, $skipped skipped (hooks.js says why for each status it skips)"
failed=$((${failing:-0} + ${errors:-0}))
[ "$dredd_status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "${passing:-0} passed, $failed failed"
[ "$failed" -eq 0 ]
