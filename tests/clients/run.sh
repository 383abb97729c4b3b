#!/usr/bin/env bash
# The packaged clients as a user gets them: starts the service, packs the NuGet and npm clients (generated from
# openapi/ratification-api.v1.json, versioned by src/RatificationApi.Client/version.sh) into artifacts/clients/,
# installs each into a consumer that calls the live service, generates a third client with Kiota (no warning allowed)
# and calls the service with it, runs the four examples of docs/clients.md (curl, C#, TypeScript, Python) and checks
# that they agree and that the page shows them verbatim. Ends with "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
feed="$root/artifacts/clients" # the folder the nuget.config files of the consumer and the C# example point at
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

passed=0
failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "clients: $name: passed"; else failed=$((failed + 1)); echo "clients: $name: FAILED"; fi
}
give_up() { echo "clients: $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }
counts() { # a consumer's output file: adds its closing "N passed, N failed" to ours
  local line p f
  line="$(tail -n 1 "$1")"
  p="$(sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p' <<<"$line")"
  f="$(sed -n 's/^[0-9]* passed, \([0-9]*\) failed$/\1/p' <<<"$line")"
  if [ -z "$p" ] || [ -z "$f" ]; then echo "clients: $1 has no result line"; failed=$((failed + 1)); return; fi
  passed=$((passed + p)); failed=$((failed + f))
}

work="$(mktemp -d)"
pid=""
ts_pid=""
cleanup() {
  [ -n "$ts_pid" ] && kill "$ts_pid" 2>/dev/null && wait "$ts_pid" 2>/dev/null
  [ -f "$work/package.json.committed" ] && cp "$work/package.json.committed" "$root/src/RatificationApi.Client.TypeScript/package.json"
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# The docs cannot drift from the examples CI runs; this needs no service.
check "docs/clients.md and the packages' READMEs show the example files verbatim" python3 "$here/docs_examples.py"
check "README.md points to docs/clients.md" grep -q '](docs/clients.md)' "$root/README.md"

# The service: the Debug build that dotnet test made (as the other suites), on a port nothing listens on.
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; for p in $(seq "$1" $(( $1 + 500 ))); do taken "$p" || { echo "$p"; return 0; }; done; return 1; }
port="$(free_port 5760)"
api="http://127.0.0.1:$port"
dll="$root/src/RatificationApi/bin/Debug/net10.0/RatificationApi.dll"
[ -f "$dll" ] || dotnet build "$root/src/RatificationApi" -v quiet -nologo >/dev/null || give_up "the service did not build"
RateLimiting__Enabled=false Data__DatabaseDirectory="$work/db" dotnet "$dll" --urls "$api" >"$work/api.log" 2>&1 &
pid=$!
ready=false
for _ in $(seq 1 150); do curl -fs -o /dev/null "$api/health/ready" && { ready=true; break; }; sleep 0.2; done
$ready || { tail -n 20 "$work/api.log"; give_up "the service did not become ready at $api"; }

version="$(bash "$root/src/RatificationApi.Client/version.sh")" || give_up "src/RatificationApi.Client/version.sh failed"
# How many actions the whole change feed holds, from the data rather than from the service the consumers page through.
feed_actions="$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], encoding="utf-8"))))' "$root/data/actions.csv")" || give_up "data/actions.csv could not be counted"
echo "clients: version $version (src/RatificationApi.Client/version.sh)"
rm -rf "$feed" && mkdir -p "$feed"

# TypeScript, in the background while .NET packs (they share nothing but the folder): build and pack with the
# version, then install the tarball into a copy of the consumer (with the TypeScript example beside it) and
# type-check both under strict. Each step leaves its exit code in $work/ts-<step>.rc.
ts="$root/src/RatificationApi.Client.TypeScript"
consumer="$work/ts-consumer"
tgz="$feed/ratification-api-client-$version.tgz"
cp "$ts/package.json" "$work/package.json.committed"
# The repository, as Source Link gives it to the NuGet package: the clone's origin remote, when it is a public URL.
origin="$(git -C "$root" remote get-url origin 2>/dev/null || true)"
case "$origin" in https://*) repository=(repository.type=git "repository.url=git+$origin" repository.directory=src/RatificationApi.Client.TypeScript) ;; *) repository=() ;; esac
ts_prepare() {
  (cd "$ts" && npm ci --no-audit --no-fund --loglevel=error && npm pkg set version="$version" "${repository[@]}" && npm pack --pack-destination "$feed" --loglevel=error) >"$work/npm-pack.log" 2>&1
  echo $? >"$work/ts-pack.rc"
  cp "$work/package.json.committed" "$ts/package.json"
  mkdir -p "$consumer"
  cp "$here/ts-consumer/package.json" "$here/ts-consumer/package-lock.json" "$here/ts-consumer/tsconfig.json" "$here/ts-consumer/consumer.ts" "$root/docs/examples/gaps.ts" "$consumer/"
  (cd "$consumer" && npm ci --no-audit --no-fund --loglevel=error && npm install --no-save --no-audit --no-fund --loglevel=error "$tgz") >"$work/npm-install.log" 2>&1
  echo $? >"$work/ts-install.rc"
  (cd "$consumer" && npx tsc -p .) >"$work/tsc.log" 2>&1
  echo $? >"$work/ts-tsc.rc"
}
ts_prepare &
ts_pid=$!

# .NET: pack, then restore the package from the folder into a package cache of our own, so that a re-pack of the
# same version is never answered from the global cache, and build and run the consumer and the example.
if dotnet pack "$root/src/RatificationApi.Client" -c Release -o "$feed" -p:Version="$version" -v quiet -nologo >"$work/pack.log" 2>&1; then
  nupkg="$feed/RatificationApi.Client.$version.nupkg"
  check "dotnet pack: RatificationApi.Client $version with its XML docs and README" \
    sh -c "unzip -l '$nupkg' | grep -q ' lib/net10.0/RatificationApi.Client.dll' && unzip -l '$nupkg' | grep -q ' lib/net10.0/RatificationApi.Client.xml' && unzip -l '$nupkg' | grep -q ' README.md'"
  check "the package's metadata: licence, readme, description, repository commit, no dependency (NSwag is build-only)" \
    sh -c "n=\"\$(unzip -p '$nupkg' RatificationApi.Client.nuspec)\"; echo \"\$n\" | grep -q '<license type=\"expression\">' && echo \"\$n\" | grep -q '<readme>README.md</readme>' && echo \"\$n\" | grep -q '<description>Typed .NET client' && echo \"\$n\" | grep -q '<repository type=\"git\"[^>]*commit=\"[0-9a-f]\{40\}\"' && ! echo \"\$n\" | grep -q '<dependency '"
else
  cat "$work/pack.log"; check "dotnet pack" false
fi
export NUGET_PACKAGES="$work/nuget-packages"
if dotnet build "$here/dotnet-consumer" -p:RatificationApiClientVersion="$version" -v quiet -nologo >"$work/consumer-build.log" 2>&1; then
  dotnet "$here/dotnet-consumer/bin/Debug/net10.0/Consumer.dll" "$api/" "$version" "$feed_actions" | tee "$work/dotnet-consumer.out"
  counts "$work/dotnet-consumer.out"
else
  cat "$work/consumer-build.log"; check "the .NET consumer restores the package and builds" false
fi
check "example: C# (docs/examples/Gaps)" sh -c "dotnet build '$root/docs/examples/Gaps' -p:RatificationApiClientVersion='$version' -v quiet -nologo >'$work/gaps-cs-build.log' 2>&1 || { cat '$work/gaps-cs-build.log'; exit 1; }; RATIFICATION_API_URL='$api' dotnet '$root/docs/examples/Gaps/bin/Debug/net10.0/Gaps.dll' >'$work/gaps-cs.out'"
unset NUGET_PACKAGES

# Kiota, a third generator that users pick, run as they would: the C# client from the committed document (any warning
# Kiota prints fails the check: it is telling a user something about our contract), built under the strict build
# with warnings as errors, then called against the service. Nothing it generates is committed.
kiota="$here/kiota-consumer"
if bash "$kiota/generate.sh" >"$work/kiota-generate.log" 2>&1; then kiota_clean=true; else kiota_clean=false; cat "$work/kiota-generate.log"; fi
check "Kiota $(sed -n 's/.*"version": "\(.*\)",/\1/p' "$root/.config/dotnet-tools.json" | head -n 1) generates the C# client from the committed document ($(tail -n 1 "$work/kiota-generate.log"))" $kiota_clean
if [ ! -f "$kiota/obj/kiota-client/RatificationApiKiotaClient.cs" ]; then
  check "the Kiota client was generated" false
elif dotnet build "$kiota" -v quiet -nologo >"$work/kiota-build.log" 2>&1; then
  dotnet "$kiota/bin/Debug/net10.0/KiotaConsumer.dll" "$api" "$feed_actions" | tee "$work/kiota-consumer.out"
  counts "$work/kiota-consumer.out"
else
  cat "$work/kiota-build.log"; check "the Kiota client builds with warnings as errors" false
fi

wait "$ts_pid"
ts_pid=""
rc() { [ "$(cat "$work/ts-$1.rc" 2>/dev/null)" = 0 ]; }
if rc pack; then
  check "npm pack: ratification-api-client $version with its types, client and README" \
    sh -c "tar -tzf '$tgz' | grep -qx 'package/dist/index.js' && tar -tzf '$tgz' | grep -qx 'package/dist/index.d.ts' && tar -tzf '$tgz' | grep -qx 'package/dist/generated/api.d.ts' && tar -tzf '$tgz' | grep -qx 'package/README.md'"
else
  cat "$work/npm-pack.log"; check "npm pack" false
fi
if rc install; then
  typechecked() { rc tsc || { cat "$work/tsc.log"; return 1; }; }
  check "the TypeScript consumer and example type-check under strict against the installed tarball" typechecked
  node "$consumer/dist/consumer.js" "$api" "$version" "$feed_actions" | tee "$work/ts-consumer.out"
  counts "$work/ts-consumer.out"
  check "example: TypeScript (docs/examples/gaps.ts)" sh -c "RATIFICATION_API_URL='$api' node '$consumer/dist/gaps.js' >'$work/gaps-ts.out'"
else
  cat "$work/npm-install.log"; check "the TypeScript consumer installs the tarball" false
fi

# Python and curl.
check "example: Python (docs/examples/gaps.py)" sh -c "RATIFICATION_API_URL='$api' python3 '$root/docs/examples/gaps.py' >'$work/gaps-py.out'"
check "example: curl (docs/examples/gaps.sh)" sh -c "RATIFICATION_API_URL='$api' sh '$root/docs/examples/gaps.sh' >'$work/gaps-sh.out'"

# The same task gives the same answer four ways: the curl JSON, printed as the other three print it.
python3 - "$work/gaps-sh.out" >"$work/gaps-curl.out" <<'PY' 2>/dev/null
import json, sys
gaps = json.load(open(sys.argv[1], encoding="utf-8"))
print(f"{gaps['count']} of {gaps['members']} UN Member States were not parties on {gaps['asOf']}")
for gap in gaps["items"]:
    print(f"{gap['state']} {gap['name']}" + ("" if gap["signed"] is None else f" (signed {gap['signed']})"))
PY
agree() {
  local f
  [ -s "$work/gaps-curl.out" ] && [ "$(wc -l <"$work/gaps-curl.out")" -gt 1 ] || { echo "clients: the curl example gave no gaps"; return 1; }
  for f in gaps-cs gaps-ts gaps-py; do
    cmp -s "$work/gaps-curl.out" "$work/$f.out" || { echo "clients: $f differs from curl's answer:"; diff "$work/gaps-curl.out" "$work/$f.out" | head -n 10; return 1; }
  done
}
check "the four examples give the same gaps ($(head -n 1 "$work/gaps-curl.out" 2>/dev/null))" agree

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
