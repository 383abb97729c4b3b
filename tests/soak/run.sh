#!/usr/bin/env bash
# Soak test: the Release build on 127.0.0.1 with rate limiting off, 64 connections held for a while
# (default 300 s; `tests/soak/run.sh 30` or SOAK_SECONDS=30 for less) over a mix of real URLs. Reports
# requests served, errors (non-2xx/3xx and socket errors; expected zero) and resident memory (VmRSS)
# after warm-up and at the end (expected flat). Fails on any error or on memory growth over 50 %.
# Ends with "1 passed, 0 failed" or "0 passed, 1 failed". Only loopback is ever a target.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-${SOAK_SECONDS:-300}}"
connections="${SOAK_CONNECTIONS:-64}"
threads="${SOAK_THREADS:-2}"
# A port nothing listens on: with a fixed one, a server left by another run would be soaked instead.
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${SOAK_PORT:-5471}"
while taken "$port"; do port=$((port + 1)); done
warmup=$(( seconds < 60 ? 5 : 15 ))
base="http://127.0.0.1:$port"

fail() { echo "soak: $*"; echo "0 passed, 1 failed"; exit 1; }
case "$seconds" in ''|*[!0-9]*) fail "the duration must be a whole number of seconds (got '$seconds')";; esac
[ "$seconds" -ge 5 ] && [ "$seconds" -le 3600 ] || fail "the duration must be 5 to 3600 seconds (got $seconds)"

if ! command -v wrk >/dev/null || ! command -v jq >/dev/null; then
  echo "soak: installing wrk and jq"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk jq curl >/dev/null || fail "could not install wrk"
fi

echo "soak: building the Release build"
dotnet build "$root/src/RatificationApi" -c Release -v quiet -nologo >/dev/null || fail "the Release build failed"
dll="$root/src/RatificationApi/bin/Release/net10.0/RatificationApi.dll"

work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Data__DatabaseDirectory="$work/db" \
  Logging__LogLevel__Default=Warning dotnet "$dll" --urls "$base" >"$work/api.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 0.2; done
curl -fs -o /dev/null "$base/health/ready" && kill -0 "$pid" 2>/dev/null || { cat "$work/api.log"; fail "the service did not become ready"; }

# The URL mix, from the service's own lists: every State in every language, its gaps, every
# instrument with its participants, gaps, progress, timeline (JSON, CSV, SVG), the status matrix,
# every page of the change feed (following the next links), widgets and badges.
urls="$work/urls.txt"
langs=(ar en es fr ru zh)
states=$(curl -fs "$base/v1/states" | jq -r '.items[].code')
instruments=$(curl -fs "$base/v1/instruments" | jq -r '.items[].id')
{
  for code in $states; do
    for lang in "${langs[@]}"; do echo "/v1/states/$code?lang=$lang"; done
    echo "/v1/states/$code/gaps"
  done
  for id in $instruments; do
    for lang in "${langs[@]}"; do
      echo "/v1/instruments/$id?lang=$lang"
      echo "/v1/instruments/$id/gaps?lang=$lang"
      echo "/v1/instruments/$id/participants?lang=$lang"
      echo "/v1/instruments/$id/timeline.svg?lang=$lang"
      echo "/widgets/instruments/$id?lang=$lang"
    done
    echo "/v1/instruments/$id/progress"
    echo "/v1/instruments/$id/timeline"
    echo "/v1/instruments/$id/timeline?format=csv"
    echo "/v1/instruments/$id/gaps?groupBy=region"
    for code in FRA USA IRN BRA CHN; do echo "/badges/$id/$code.svg"; done
  done
  for lang in "${langs[@]}"; do echo "/v1/status?lang=$lang"; echo "/v1/instruments?lang=$lang"; echo "/widgets/states/FRA?lang=$lang"; done
  echo "/v1/status?format=csv"
  echo "/v1/status?asOf=2008-12-18"
  page="/v1/actions?limit=100"
  for _ in $(seq 1 100); do
    echo "$page"
    page=$(curl -fs "$base$page" | jq -r '.next // empty')
    [ -n "$page" ] || break
  done
} >"$urls"
echo "soak: $(wc -l <"$urls") distinct URLs; $connections connections, $threads threads"
while read -r path; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$status" = 200 ] || fail "$path answers $status before the soak starts"
done < <(awk 'NR % 25 == 1' "$urls")

rss() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }
echo "soak: warming up for $warmup s"
SOAK_URLS="$urls" wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 10s -s "$here/mix.lua" "$base" >"$work/warmup.out" 2>&1 \
  || { cat "$work/warmup.out"; fail "wrk failed during the warm-up"; }
rss_start=$(rss)
echo "soak: VmRSS after warm-up: $rss_start kB; soaking for $seconds s"
( while sleep 10; do echo "$(date +%s) $(rss)"; done ) >"$work/rss.log" 2>/dev/null &
sampler=$!
SOAK_URLS="$urls" wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s --latency -s "$here/mix.lua" "$base" >"$work/wrk.out" 2>&1
wrk_status=$?
kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null
rss_end=$(rss)
rss_peak=$(awk -v e="$rss_end" 'BEGIN {m = e} $2 > m {m = $2} END {print m}' "$work/rss.log")
cat "$work/wrk.out"
kill -0 "$pid" 2>/dev/null || fail "the service died during the soak"
[ "$wrk_status" -eq 0 ] || fail "wrk exited with $wrk_status"

line=$(grep '^soak-result ' "$work/wrk.out") || fail "no result line from wrk"
get() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
requests=$(get requests)
errors=$(( $(get status_errors) + $(get connect) + $(get read) + $(get write) + $(get timeout) ))
growth=$(awk -v s="$rss_start" -v e="$rss_end" 'BEGIN {printf "%.1f", (e - s) * 100 / s}')
echo "soak: $requests requests in $seconds s ($(( requests / seconds )) per second), $errors errors" \
  "(non-2xx/3xx $(get status_errors), connect $(get connect), read $(get read), write $(get write), timeout $(get timeout))"
echo "soak: latency p50 $(get p50_ms) ms, p99 $(get p99_ms) ms, max $(get max_ms) ms"
echo "soak: VmRSS start $rss_start kB, end $rss_end kB ($growth %), peak $rss_peak kB"
echo "soak: machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"

[ "${requests:-0}" -gt 0 ] || fail "no request was served"
[ "$errors" -eq 0 ] || fail "$errors errors"
awk -v s="$rss_start" -v e="$rss_end" 'BEGIN {exit !(e <= s * 1.5)}' || fail "resident memory grew by $growth % (over 50 %)"
echo "1 passed, 0 failed"
