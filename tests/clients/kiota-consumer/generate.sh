#!/usr/bin/env bash
# Generates the C# client that Kiota makes from the committed openapi/ratification-api.v1.json, into
# obj/kiota-client/ beside this file (or the folder given as $1), with the Kiota that .config/dotnet-tools.json pins.
# Prints Kiota's log, then "kiota: N warnings"; exits 1 when Kiota printed any warning (or worse) or failed, because a
# warning is something a user's generator tells them about our contract. The generated code is never committed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${1:-$here/obj/kiota-client}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

(cd "$root" && dotnet tool restore) >"$log" 2>&1 || { cat "$log"; echo "kiota: dotnet tool restore failed"; exit 1; }
# KIOTA_OFFLINE_ENABLED turns off Kiota's own update check, which asks api.github.com for Kiota's releases and logs a
# warning ("Unable to check for updates") wherever that host cannot be reached, as in CI: it says nothing about the
# document, and a check that fails for want of a network is no check of the contract.
(cd "$root" && KIOTA_OFFLINE_ENABLED=true dotnet kiota generate \
  --openapi openapi/ratification-api.v1.json --language CSharp \
  --class-name RatificationApiKiotaClient --namespace-name RatificationApi.KiotaClient \
  --exclude-backward-compatible --clean-output --log-level Warning --output "$out") >"$log" 2>&1
rc=$?
# The console logger starts each entry with its level; the hints after the result are plain lines.
sed -n '/^Hint:/q;p' "$log"
warnings="$(grep -cE '^(warn|fail|crit):' "$log")"
echo "kiota: $warnings warnings"
[ "$rc" -eq 0 ] && [ "$warnings" -eq 0 ]
