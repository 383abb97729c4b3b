#!/usr/bin/env bash
# Two replicas behind nginx (tests/replicas/nginx.conf, round-robin), all on loopback. Checks through
# nginx that repeated requests get byte-identical bodies and identical ETags whichever replica answers,
# that an ETag from one replica gets a 304 from the other, that stopping a replica mid-traffic loses no
# request (proxy_next_upstream), and that a replica with other data says so (dataVersion, ETags).
# Installs nginx (Debian's package) when missing. Ends with "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# Ports nothing listens on: with fixed ones, a server left by another run would answer for ours.
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for p in $(seq "$1" $(( $1 + 500 ))); do taken "$p" || { echo "$p"; return 0; }; done; return 1; }
port_lb=$(free_port 5480); port_a=$(free_port $((port_lb + 1))); port_b=$(free_port $((port_a + 1))); port_c=$(free_port $((port_b + 1)))
lb="http://127.0.0.1:$port_lb"

passed=0
failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "replicas: $name: passed"; else failed=$((failed + 1)); echo "replicas: $name: FAILED"; fi
}
give_up() { echo "replicas: $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

need=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v curl >/dev/null || need+=(curl)
command -v jq >/dev/null || need+=(jq)
if [ "${#need[@]}" -gt 0 ]; then
  echo "replicas: installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || give_up "could not install ${need[*]}"
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

dll="$root/src/RatificationApi/bin/Debug/net10.0/RatificationApi.dll"
[ -f "$dll" ] || dotnet build "$root/src/RatificationApi" -v quiet -nologo >/dev/null || give_up "the build failed"

work="$(mktemp -d)"
declare -A pids=()
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

start_replica() { # name, port, data folder
  ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Data__Directory="$3" Data__DatabaseDirectory="$work/db-$1" \
    dotnet "$dll" --urls "http://127.0.0.1:$2" >"$work/$1.log" 2>&1 &
  pids[$1]=$!
}
wait_ready() { # url
  for _ in $(seq 1 150); do curl -fs -o /dev/null "$1/health/ready" && return 0; sleep 0.2; done
  return 1
}

start_replica a "$port_a" "$root/data"
start_replica b "$port_b" "$root/data"
wait_ready "http://127.0.0.1:$port_a" && wait_ready "http://127.0.0.1:$port_b" && kill -0 "${pids[a]}" "${pids[b]}" 2>/dev/null \
  || give_up "the replicas did not become ready"
mkdir -p "$work"/{client_body,proxy,fastcgi,uwsgi,scgi}
sed -e "s|@WORK@|$work|g" -e "s|@PORT_A@|$port_a|g" -e "s|@PORT_B@|$port_b|g" -e "s|@PORT_LB@|$port_lb|g" "$here/nginx.conf" >"$work/nginx.conf"
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -e "$work/error.log" || give_up "nginx did not start"
for _ in $(seq 1 50); do curl -fs -o /dev/null "$lb/health/live" && break; sleep 0.1; done

# A body's digest and its ETag, as one line.
fingerprint() { # url [curl options...]
  local url="$1"; shift
  curl -s -D "$work/headers" -o "$work/body" "$@" "$url"
  echo "$(sha256sum <"$work/body" | cut -c1-64) $(grep -i '^etag:' "$work/headers" | tr -d '\r' | cut -d' ' -f2)"
}

urls=(
  "/v1/instruments" "/v1/instruments/cedaw?lang=zh" "/v1/states/FRA?lang=ar" "/v1/states/IRN/gaps"
  "/v1/status?format=csv" "/v1/instruments/untoc/timeline.svg?lang=ar" "/v1/actions?limit=50"
  "/badges/cedaw/FRA.svg?lang=fr" "/widgets/states/IRN?lang=ar&compact=true" "/widgets/instruments/opsc?theme=dark"
  "/embed?state=FRA" "/v1/states/XYZ" "/v1/states/FRA?lang=de" "/health/ready" "/openapi/v1.json"
)
identical() {
  local url answers
  for url in "${urls[@]}"; do
    # Direct requests carry the balancer's Host, as they would behind it (the embed page echoes it).
    answers="$( { fingerprint "http://127.0.0.1:$port_a$url" -H "Host: 127.0.0.1:$port_lb"; fingerprint "http://127.0.0.1:$port_b$url" -H "Host: 127.0.0.1:$port_lb";
                  for _ in 1 2 3 4; do fingerprint "$lb$url"; done; } | sort -u | wc -l)"
    if [ "$answers" != 1 ]; then echo "  $url: $answers different answers"; return 1; fi
  done
}
check "same body and ETag from either replica and through nginx (${#urls[@]} URLs x 6)" identical

cross_replica_304() {
  local url etag status
  for url in "/badges/cedaw/FRA.svg" "/widgets/states/FRA?lang=fr" "/widgets/instruments/cedaw"; do
    etag="$(curl -s -D - -o /dev/null "http://127.0.0.1:$port_a$url" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
    [ -n "$etag" ] || { echo "  $url: no ETag"; return 1; }
    status="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "http://127.0.0.1:$port_b$url")"
    [ "$status" = 304 ] || { echo "  $url: replica B answered $status to A's ETag"; return 1; }
    for _ in 1 2; do
      status="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$lb$url")"
      [ "$status" = 304 ] || { echo "  $url: nginx answered $status to A's ETag"; return 1; }
    done
  done
}
check "an ETag from one replica gets 304 from the other" cross_replica_304

no_request_lost() {
  local out="$work/failover" statuses
  local clients=()
  : >"$out"
  # Four clients, 150 requests each, while replica B is stopped a second in.
  for client in 1 2 3 4; do
    ( for i in $(seq 1 150); do
        curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 "$lb/v1/states/FRA?lang=fr&client=$client&i=$i"
      done >>"$out" ) &
    clients+=($!)
  done
  sleep 1
  kill -TERM "${pids[b]}"
  wait "${pids[b]}" 2>/dev/null
  unset 'pids[b]'
  wait "${clients[@]}"
  statuses="$(sort "$out" | uniq -c | tr -s ' ' | tr '\n' ';')"
  echo "  600 requests through nginx while replica B stopped: $statuses"
  [ "$(grep -c '^200$' "$out")" = 600 ]
}
check "stopping a replica loses no request" no_request_lost

other_data_says_so() {
  local data="$work/data-c" a c status
  # The whole data folder, the map geometry in data/geo/ included: the service refuses to start without it.
  mkdir -p "$data" && cp -r "$root"/data/. "$data"/
  echo "cedaw,USA,ratification,2026-01-05,no,secondary,,2026-11-28,replica test,">>"$data/actions.csv"
  start_replica c "$port_c" "$data"
  wait_ready "http://127.0.0.1:$port_c" || return 1
  a="$(curl -s "http://127.0.0.1:$port_a/health/ready" | jq -r .dataVersion)"
  c="$(curl -s "http://127.0.0.1:$port_c/health/ready" | jq -r .dataVersion)"
  echo "  dataVersion ${a:0:16}... (data/) vs ${c:0:16}... (one action more)"
  [ -n "$a" ] && [ -n "$c" ] && [ "$a" != "$c" ] || return 1
  a="$(fingerprint "http://127.0.0.1:$port_a/badges/cedaw/USA.svg")"
  c="$(fingerprint "http://127.0.0.1:$port_c/badges/cedaw/USA.svg")"
  echo "  the USA's CEDAW badge, body digest and ETag: ${a:0:16}... ${a#* } vs ${c:0:16}... ${c#* }"
  [ "$a" != "$c" ] && [ "${a#* }" != "${c#* }" ] || return 1
  # A cache holding the old answer asks the new replica: it must get the new body, not a 304.
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: ${a#* }" "http://127.0.0.1:$port_c/badges/cedaw/USA.svg")"
  echo "  the old ETag sent to the replica with other data: $status"
  [ "$status" = 200 ]
}
check "a replica with other data shows another dataVersion and other ETags" other_data_says_so

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
