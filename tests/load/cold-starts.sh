#!/usr/bin/env bash
# Cold starts of one build or several, alternated start by start so that the host's noise falls on each alike. For
# each build: the median time from process start to the first 200 from a URL, the CPU time (user + system) the
# process had used by then and its resident memory then, over N starts, each with a new database folder. The timing
# is the one tests/load/run.sh reports as "cold start"; this script only repeats and alternates it.
#
#   tests/load/cold-starts.sh N FOLDER...    FOLDER: the output of
#       dotnet publish src/RatificationApi -c Release -p:PublishReadyToRun=true -o FOLDER
#     (an older commit: git worktree add /tmp/old COMMIT, and publish from there)
#
# Environment: COLD_PATH (the URL path to wait for; /health/ready), COLD_PORT (the loopback port; 5097).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ $# -ge 2 ] || { sed -n '2,11p' "$0"; exit 2; }
starts="$1"; shift
path="${COLD_PATH:-/health/ready}" port="${COLD_PORT:-5097}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
now_ms() { now=$((${EPOCHREALTIME/./} / 1000)); }

for ((i = 1; i <= starts; i++)); do
  for build in "$@"; do
    database="$(mktemp -d -p "$work")"
    now_ms; t0=$now
    (cd "$build" && exec env ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false \
      dotnet RatificationApi.dll --urls "http://127.0.0.1:$port" --Data:DatabaseDirectory="$database") >"$work/server.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port$path"; do
      kill -0 "$pid" 2>/dev/null || { echo "$build did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
      sleep 0.005
    done
    now_ms
    cpu="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")"
    rss="$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf '%s\t%d\t%d\t%s\n' "$build" $((now - t0)) "$cpu" "$rss" >>"$work/starts.tsv"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "| build | to the first 200 from $path, median (ms) | range | CPU used by then (ms) | resident then (MB) |"
echo "|---|---:|---|---:|---:|"
for build in "$@"; do
  rows="$(awk -F'\t' -v b="$build" '$1 == b' "$work/starts.tsv")"
  times="$(cut -f2 <<<"$rows")"
  echo "| $build | $(median <<<"$times") | $(sort -n <<<"$times" | head -1)–$(sort -n <<<"$times" | tail -1) | $(cut -f3 <<<"$rows" | median) | $(cut -f4 <<<"$rows" | median) |"
done
