#!/usr/bin/env bash
# Feeds and downloads against a live instance on loopback, with real parsers and validators rather than our own:
#  - the Atom feed (GET /v1/actions.atom) under Debian's python3-feedparser (atom.py), in English and Arabic: well-formed
#    (bozo 0), one entry per action with unique, stable ids, the links, the paging, the filters, a problem for bad input;
#  - the dataset zip (GET /v1/downloads/ratification-data.zip): its CSV files byte for byte those of data/, and its
#    datapackage.json loaded strictly and every resource read with types and foreign keys by Frictionless Data's
#    JavaScript libraries (datapackage 1.1.10, tableschema 1.12.6; datapackage.mjs);
#  - and that each check can fail: a feed that is not well-formed, a broken descriptor and broken data (fixtures/).
# Installs python3-feedparser (apt) when missing and the npm packages with npm ci. Ends with "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
passed=0
failed=0
give_up() { echo "feeds: $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }
check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "feeds: $name: passed"; else failed=$((failed + 1)); echo "feeds: $name: FAILED"; fi
}
# A script that prints "ok: ..." and "FAILED: ..." lines: each line counts; a failure without such a line counts once.
count() { # output file, exit status
  local ok bad
  ok=$(grep -c '^ok: ' "$1")
  bad=$(grep -c '^FAILED: ' "$1")
  [ "$2" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
  passed=$((passed + ok))
  failed=$((failed + bad))
}

# Debian's feedparser is for Debian's Python: call it by path, whatever python3 comes first on PATH.
python=/usr/bin/python3
need=()
"$python" -c 'import feedparser' 2>/dev/null || need+=(python3-feedparser)
command -v curl >/dev/null || need+=(curl)
if [ "${#need[@]}" -gt 0 ]; then
  echo "feeds: installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || give_up "could not install ${need[*]}"
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || give_up "npm ci failed"

taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for p in $(seq "$1" $(( $1 + 500 ))); do taken "$p" || { echo "$p"; return 0; }; done; return 1; }
port=$(free_port 5680)
base="http://127.0.0.1:$port"
dll="$root/src/RatificationApi/bin/Debug/net10.0/RatificationApi.dll"
[ -f "$dll" ] || dotnet build "$root/src/RatificationApi" -v quiet -nologo >/dev/null || give_up "the build failed"

work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Data__Directory="$root/data" Data__DatabaseDirectory="$work/db" \
  dotnet "$dll" --urls "$base" >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 0.2; done
curl -fs -o /dev/null "$base/health/ready" || { cat "$work/service.log"; give_up "the service did not become ready"; }

# 1. The Atom feed under feedparser, in English and Arabic.
"$python" "$here/atom.py" "$base" en ar >"$work/atom.out" 2>&1
status=$?
sed 's/^/feeds: atom: /' "$work/atom.out"
count "$work/atom.out" "$status"
check "feedparser flags a feed that is not well-formed (the check can fail)" \
  "$python" -c 'import sys, feedparser; sys.exit(0 if feedparser.parse(sys.argv[1]).bozo else 1)' "$here/fixtures/not-well-formed.atom"

# 2. The dataset zip: the files of data/ byte for byte, and the Data Package under Frictionless Data's validator.
curl -fsS -D "$work/zip.headers" -o "$work/dataset.zip" "$base/v1/downloads/ratification-data.zip" || give_up "the dataset download failed"
"$python" -m zipfile -e "$work/dataset.zip" "$work/dataset" || give_up "the dataset is not a zip"
same_files() {
  local file ok=0 n=0
  for file in "$work"/dataset/data/*.csv; do
    n=$((n + 1))
    cmp -s "$file" "$root/data/$(basename "$file")" || { echo "feeds: $(basename "$file") differs from data/"; ok=1; }
  done
  echo "feeds: $n CSV files in the zip"
  [ "$n" -gt 0 ] && [ "$ok" -eq 0 ] && [ "$n" -eq "$(ls "$root"/data/*.csv | wc -l)" ]
}
check "the zip holds every CSV file of data/, byte for byte" same_files
check "the zip's ETag is the one /v1/downloads lists" bash -c \
  "grep -i '^etag:' '$work/zip.headers' | tr -d '\r' | cut -d' ' -f2 | grep -qF \"\$(curl -fs '$base/v1/downloads' | $python -c 'import json,sys; print(next(i[\"etag\"] for i in json.load(sys.stdin)[\"items\"] if i[\"name\"].endswith(\".zip\")))')\""
node "$here/datapackage.mjs" "$work/dataset" >"$work/datapackage.out" 2>&1
status=$?
sed 's/^/feeds: datapackage: /' "$work/datapackage.out"
count "$work/datapackage.out" "$status"

# 3. The validator fails where it must.
node "$here/datapackage.mjs" "$here/fixtures/broken-descriptor" >"$work/broken-descriptor.out" 2>&1
broken_status=$?
check "the validator refuses a broken descriptor" bash -c "[ $broken_status -ne 0 ] && grep -q '^FAILED: descriptor' '$work/broken-descriptor.out'"
node "$here/datapackage.mjs" "$here/fixtures/broken-data" >"$work/broken-data.out" 2>&1
broken_status=$?
check "the validator refuses a missing foreign key, a day that does not exist and a repeated primary key" bash -c \
  "[ $broken_status -ne 0 ] && grep -q '^FAILED: actions: Foreign key' '$work/broken-data.out' && grep -q '^FAILED: dates: .*not type \"date\"' '$work/broken-data.out' && grep -q '^FAILED: keys: .*unique' '$work/broken-data.out'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
