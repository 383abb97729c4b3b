#!/usr/bin/env bash
# The load benchmark: publishes the Release build with ReadyToRun (as a deployment runs it; the smoke run only
# builds it), starts it on a free loopback port, warms it up, drives it with wrk and prints one table in which
# every throughput is a ratio to GET /health/live measured in the same run, just before and just after it.
#
#   tests/load/run.sh            the full benchmark (wrk -t2 -c32 -d10s per scenario); exits 1 when a target is missed
#   tests/load/run.sh --smoke    a short run for CI that fails only on errors (non-2xx/3xx responses, socket
#                                errors, a server that does not start), never on a timing
#
# Environment: LOAD_THREADS, LOAD_CONNECTIONS, LOAD_DURATION (wrk's -t, -c, -d), LOAD_SMOKE=1 (same as --smoke),
# LOAD_COLD_STARTS (how many starts to time; the median is reported), LOAD_WARMUP (each list's warm-up, 2s),
# LOAD_KEEP=1 (keep the work folder, with the service's /proc smaps after the scenarios).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false

cd "$(dirname "$0")/../.."
root="$PWD"
smoke="${LOAD_SMOKE:-0}"
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$smoke" = 1 ]; then
  threads="${LOAD_THREADS:-1}" connections="${LOAD_CONNECTIONS:-4}" duration="${LOAD_DURATION:-1s}" cold_starts="${LOAD_COLD_STARTS:-1}"
else
  threads="${LOAD_THREADS:-2}" connections="${LOAD_CONNECTIONS:-32}" duration="${LOAD_DURATION:-10s}" cold_starts="${LOAD_COLD_STARTS:-3}"
fi

if ! command -v wrk >/dev/null; then
  echo "wrk is missing: installing it (Debian package)" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi
for tool in curl awk date; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ "${LOAD_KEEP:-0}" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

if [ "$smoke" = 1 ]; then
  # The smoke run judges no timing, so the plain Release build will do.
  echo "building the Release build ..." >&2
  dotnet build "$root/src/RatificationApi/RatificationApi.csproj" -c Release -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
  dll="$root/src/RatificationApi/bin/Release/net10.0/RatificationApi.dll"
else
  # What a deployment runs (docs/operations.md, Deployment): the Release build published with ReadyToRun, so that the
  # service's own code and its packages start precompiled instead of being compiled on the first calls.
  echo "publishing the Release build (ReadyToRun) ..." >&2
  dotnet publish "$root/src/RatificationApi/RatificationApi.csproj" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$work/publish" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
  dll="$work/publish/RatificationApi.dll"
fi
# The compiler and MSBuild servers that the build leaves running must not share the cores with what is timed.
dotnet build-server shutdown >/dev/null 2>&1 || true

# Milliseconds since the epoch, from bash itself (EPOCHREALTIME): the start-up loop below, which shares the two
# cores with the service it times, forks only curl and sleep per poll.
now_ms() { now=$((${EPOCHREALTIME/./} / 1000)); }

# Starts the service on a free port (the kernel picks it: --urls with port 0) over a new database folder, and
# prints the milliseconds from the process start to its first 200 from /health/ready.
start_server() {
  rm -rf "$work/db"
  : >"$work/server.log"
  local t0 line; now_ms; t0=$now
  # From its own folder, as a deployed service runs: that is its content root, where appsettings.json is read from.
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false dotnet "$dll" --urls "http://127.0.0.1:0" --Data:DatabaseDirectory="$work/db") >"$work/server.log" 2>&1 &
  pid=$!
  port=""
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the service did not start:" >&2; cat "$work/server.log" >&2; exit 1; fi
    now_ms; [ $((now - t0)) -lt 60000 ] || { echo "the service did not become ready in 60 s" >&2; exit 1; }
    if [ -z "$port" ]; then
      while IFS= read -r line; do
        if [[ "$line" =~ Now\ listening\ on:\ http://127\.0\.0\.1:([0-9]+) ]]; then port="${BASH_REMATCH[1]}"; break; fi
      done <"$work/server.log"
    fi
    if [ -n "$port" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then break; fi
    sleep 0.005
  done
  now_ms; cold_ms=$((now - t0))
  # The CPU time the process used to get there (user + system), which other work on the machine does not inflate.
  cold_cpu_ms="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")"
}

stop_server() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

cold=()
cold_cpu=()
for ((i = 1; i <= cold_starts; i++)); do
  [ -z "$pid" ] || stop_server
  start_server
  cold+=("$cold_ms")
  cold_cpu+=("$cold_cpu_ms")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
cold_median="$(median "${cold[@]}")"
cold_cpu_median="$(median "${cold_cpu[@]}")"
base="http://127.0.0.1:$port"
echo "service ready on $base; cold starts (ms): ${cold[*]}" >&2

# --- the request lists --------------------------------------------------------------------------------------
langs=(ar en es fr ru zh)
curl -fsS "$base/v1/states" | grep -o '"code":"[A-Z]*"' | cut -d'"' -f4 >"$work/states"
curl -fsS "$base/v1/instruments" | grep -o '"id":"[a-z0-9-]*","mtdsg"' | cut -d'"' -f4 >"$work/instruments"
[ -s "$work/states" ] && [ -s "$work/instruments" ] || { echo "could not list states and instruments" >&2; exit 1; }
state_count="$(wc -l <"$work/states")"
instrument_count="$(wc -l <"$work/instruments")"

echo /health/live >"$work/live.txt"

# Every State and every instrument in each of the six languages.
for lang in "${langs[@]}"; do
  sed "s|^|/v1/states/|; s|\$|?lang=$lang|" "$work/states"
  sed "s|^|/v1/instruments/|; s|\$|?lang=$lang|" "$work/instruments"
done >"$work/lookups.txt"

for lang in "${langs[@]}"; do sed "s|^|/v1/instruments/|; s|\$|/gaps?lang=$lang|" "$work/instruments"; done >"$work/gaps.txt"

# Each State and instrument (English) with the ETag the service gave it: every answer is a 304.
{ sed 's|^|/v1/states/|' "$work/states"; sed 's|^|/v1/instruments/|' "$work/instruments"; } >"$work/conditional-paths"
: >"$work/conditional.txt"
while read -r path; do
  etag="$(curl -fsS -o /dev/null -D - "$base$path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')"
  [ -z "$etag" ] || printf '%s\tIf-None-Match: %s\n' "$path" "$etag" >>"$work/conditional.txt"
done <"$work/conditional-paths"

for lang in "${langs[@]}"; do
  printf '/v1/status?lang=%s\tAccept-Encoding: br\n/v1/status?lang=%s\tAccept-Encoding: gzip\n' "$lang" "$lang"
done >"$work/matrix.txt"

# 300 dates, 61 days apart from START, for every State and instrument in every language: more distinct URLs
# than a run sends, so nearly every request is answered for the first time (a cache miss).
asof_list() {
  local start="$1" out="$2"
  for ((i = 0; i < 300; i++)); do echo "$start + $((i * 61)) days"; done | date -u -f - +%F >"$work/dates"
  awk -v langs="${langs[*]}" '
    FNR == 1 { file++ }
    file == 1 { dates[n_dates++] = $0; next }
    file == 2 { targets[n_targets++] = "/v1/states/" $0; next }
    file == 3 { targets[n_targets++] = "/v1/instruments/" $0; next }
    END {
      n_langs = split(langs, lang, " ")
      for (l = 1; l <= n_langs; l++)
        for (t = 0; t < n_targets; t++)
          for (d = 0; d < n_dates; d++)
            print targets[(t * 37 + d) % n_targets] "?asOf=" dates[d] "&lang=" lang[l]
    }' "$work/dates" "$work/states" "$work/instruments" >"$out"
}
asof_list 1975-01-01 "$work/asof.txt"
# The warm-up's dates are 30 days off the measured ones, so that it leaves none of them in the cache.
asof_list 1975-01-31 "$work/asof-warm.txt"
asof_count="$(wc -l <"$work/asof.txt")"

sed 's|^|/widgets/states/|' "$work/states" >"$work/widgets.txt"
while read -r instrument; do sed "s|^|/badges/$instrument/|; s|\$|.svg|" "$work/states"; done <"$work/instruments" >>"$work/widgets.txt"
# The world maps and map widgets as a browser asks for them (Brotli): every instrument in every language and theme.
while read -r instrument; do
  for lang in "${langs[@]}"; do
    for theme in light dark; do
      printf '/v1/instruments/%s/map.svg?lang=%s&theme=%s\tAccept-Encoding: br\n' "$instrument" "$lang" "$theme"
      printf '/widgets/instruments/%s/map?lang=%s&theme=%s\tAccept-Encoding: br\n' "$instrument" "$lang" "$theme"
    done
  done
done <"$work/instruments" >"$work/maps.txt"

# --- running wrk ----------------------------------------------------------------------------------------------
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

errors_total=0
wrk_runs=0
# run NAME FILE: drives the service with the requests in FILE; sets rps, p50, p99, errors.
run() {
  local name="$1" list="$2" out; out="$work/wrk-$((++wrk_runs)).txt"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/tests/load/requests.lua" "$base" -- "$list" "$threads" >"$out" 2>&1 \
    || { cat "$out" >&2; echo "wrk failed in $name" >&2; exit 1; }
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  local non2xx socket
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
  socket="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")"
  errors=$((${non2xx:-0} + ${socket:-0}))
  errors_total=$((errors_total + errors))
  if [ "$errors" -gt 0 ]; then echo "$name: ${non2xx:-0} non-2xx/3xx responses, ${socket:-0} socket errors" >&2; fi
  echo "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms" >&2
}

results=()
baselines=()
# baseline: runs GET /health/live and keeps its figures. It runs before the first scenario and after every one, so
# that each scenario is judged against the two baselines around it: on this shared host the baseline has moved by
# up to 40% between the start and the end of one run (42,565 then 59,353 req/s), and a ratio to the mean of those
# two said more about the neighbours than about the service.
baseline() {
  run "baseline" "$work/live.txt"
  baselines+=("$rps"$'\t'"$p50"$'\t'"$p99")
}

# scenario NAME FILE TARGET_RATIO P99_LIMIT_MS(or -) NOTE: runs it, then a baseline, and keeps the figures; they are
# judged at the end, against the mean of the baseline just before and the one just after.
scenario() {
  run "$1" "$2"
  local scenario_rps="$rps" scenario_p50="$p50" scenario_p99="$p99" scenario_errors="$errors"
  baseline
  results+=("$1"$'\t'"$scenario_rps"$'\t'"$scenario_p50"$'\t'"$scenario_p99"$'\t'"$scenario_errors"$'\t'"$3"$'\t'"$4"$'\t'"$5"$'\t'"${#baselines[@]}")
}
skip() { results+=("$1"$'\t'-$'\t'-$'\t'-$'\t'0$'\t'"$2"$'\t'"$3"$'\t'"$4"$'\t'0); }

# The warm-up, not in the table: every list for a moment (LOAD_WARMUP, 2 s each), so that the figures are those
# of the steady state: the tiered JIT has compiled the hot code, and today's answers have been computed once. The
# asOf warm-up asks for other dates than the measured run, so that it leaves none of them in the cache.
if [ "$smoke" != 1 ]; then
  echo "warming up ..." >&2
  for list in live lookups gaps conditional matrix asof-warm widgets maps; do
    [ -s "$work/$list.txt" ] || continue
    wrk -t"$threads" -c"$connections" -d"${LOAD_WARMUP:-2s}" -s "$root/tests/load/requests.lua" "$base" -- "$work/$list.txt" "$threads" >/dev/null 2>&1 || true
  done
fi

baseline

scenario "GET /v1/states/{code}, /v1/instruments/{id}" "$work/lookups.txt" 0.85 5 \
  "$((state_count + instrument_count)) × 6 languages = $(wc -l <"$work/lookups.txt") URLs"
scenario "GET /v1/instruments/{id}/gaps" "$work/gaps.txt" 0.85 5 "$instrument_count × 6 languages"
if [ -s "$work/conditional.txt" ]; then
  scenario "conditional GET → 304" "$work/conditional.txt" 0.9 5 "If-None-Match: the current ETag, $(wc -l <"$work/conditional.txt") URLs"
else
  skip "conditional GET → 304" 0.9 5 "the service sends no ETag"
fi
scenario "GET /v1/status (br or gzip)" "$work/matrix.txt" 0.5 - "the full matrix, 6 languages × 2 encodings"
scenario "asOf on past dates" "$work/asof.txt" 0.5 5 "$asof_count distinct URLs (300 dates): nearly all answered for the first time"
widget_status="$(curl -s -o /dev/null -w '%{http_code}' "$base/widgets/states/FRA")"
badge_status="$(curl -s -o /dev/null -w '%{http_code}' "$base/badges/cedaw/FRA.svg")"
if [ "$widget_status" = 200 ] && [ "$badge_status" = 200 ]; then
  scenario "widget HTML and badge SVG" "$work/widgets.txt" 0.8 5 "$(wc -l <"$work/widgets.txt") URLs"
else
  skip "widget HTML and badge SVG" 0.8 5 "not on this branch: /widgets/states/FRA answers $widget_status, /badges/cedaw/FRA.svg $badge_status"
fi

if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/v1/instruments/cedaw/map.svg")" = 200 ]; then
  scenario "map SVG and map widget (br)" "$work/maps.txt" 0.8 5 "$(wc -l <"$work/maps.txt") URLs: 5 instruments × 6 languages × 2 themes, map and widget"
else
  skip "map SVG and map widget (br)" 0.8 5 "not on this branch: /v1/instruments/cedaw/map.svg is not served"
fi

# The baselines' spread, and the figures of the first one, for the table.
baseline_rps=()
for b in "${baselines[@]}"; do baseline_rps+=("${b%%$'\t'*}"); done
baseline_stats="$(printf '%s\n' "${baseline_rps[@]}" | awk '{ s += $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1 } END { printf "%.0f\t%.0f\t%.0f", s / NR, lo, hi }')"
IFS=$'\t' read -r baseline_mean baseline_min baseline_max <<<"$baseline_stats"
IFS=$'\t' read -r _ live_before_p50 live_before_p99 <<<"${baselines[0]}"

rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
# What the resident memory is made of, mapping by mapping, for whoever kept the work folder to look into it.
[ "${LOAD_KEEP:-0}" != 1 ] || cp "/proc/$pid/smaps" "$work/smaps.txt" 2>/dev/null || true
rss_mb="$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')"

failed=0
rows=()
for result in "${results[@]}"; do
  IFS=$'\t' read -r name r p50 p99 errs target p99_limit note after <<<"$result"
  limit="≥ $target"; [ "$p99_limit" = "-" ] || limit="$limit, p99 < $p99_limit ms"
  if [ "$r" = "-" ]; then
    rows+=("| $name | – | – | – | – | $limit | skipped | $note |")
    continue
  fi
  # The baselines just before and just after this scenario (baseline numbers are 1-based in the order run).
  before_rps="${baseline_rps[$((after - 2))]}" after_rps="${baseline_rps[$((after - 1))]}"
  ratio="$(awk -v r="$r" -v a="$before_rps" -v b="$after_rps" 'BEGIN { printf "%.2f", r / ((a + b) / 2) }')"
  verdict=pass
  if [ "$errs" -gt 0 ]; then verdict="FAIL ($errs errors)"
  elif awk -v r="$ratio" -v t="$target" 'BEGIN { exit !(r < t) }'; then verdict="FAIL (ratio)"
  elif [ "$p99_limit" != "-" ] && awk -v p="$p99" -v l="$p99_limit" 'BEGIN { exit !(p >= l) }'; then verdict="FAIL (p99)"
  fi
  [ "$verdict" = pass ] || failed=$((failed + 1))
  rows+=("| $name | $(printf '%.0f' "$r") | $p50 | $p99 | $ratio (baselines $(printf '%.0f' "$before_rps"), $(printf '%.0f' "$after_rps")) | $limit | $verdict | $note |")
done

cold_verdict=pass; [ "$cold_median" -lt 1500 ] || { cold_verdict=FAIL; failed=$((failed + 1)); }
rss_verdict=pass; [ "$rss_mb" -lt 150 ] || { rss_verdict=FAIL; failed=$((failed + 1)); }

echo
echo "wrk -t$threads -c$connections -d$duration --latency over 127.0.0.1; $(nproc) cores; load average (1, 5, 15 min) at the start: $load_at_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| scenario | requests/s | p50 ms | p99 ms | ratio to /health/live (the baselines before and after it) | target | result | requests |"
echo "|---|---:|---:|---:|---:|---|---|---|"
printf '| baseline GET /health/live | %s (%s runs, %s to %s) | %s | %s | 1.00 | – | – | run before the first scenario and after each; p50 and p99 of the first |\n' \
  "$baseline_mean" "${#baseline_rps[@]}" "$baseline_min" "$baseline_max" "$live_before_p50" "$live_before_p99"
printf '%s\n' "${rows[@]}"
echo
echo "| measure | value | target | result |"
echo "|---|---:|---|---|"
echo "| cold start: process start to the first 200 from /health/ready (median of ${#cold[@]}: ${cold[*]} ms) | $cold_median ms | < 1500 ms | $cold_verdict |"
echo "| CPU time (user + system) the process used in that time (median; ${cold_cpu[*]} ms) | $cold_cpu_median ms | – | – |"
echo "| resident memory (VmRSS) after all scenarios | $rss_mb MB | < 150 MB | $rss_verdict |"
echo

if [ "$errors_total" -gt 0 ]; then
  echo "load: $errors_total errors (non-2xx/3xx responses or socket errors)"
  exit 1
fi
if [ "$smoke" = 1 ]; then
  echo "load smoke: no errors (timings are not judged in a smoke run)"
  exit 0
fi
if [ "$failed" -gt 0 ]; then
  echo "load: $failed targets missed"
  exit 1
fi
echo "load: every target met"
