#!/usr/bin/env bash
# Prints the version of both client packages (NuGet and npm), derived from the OpenAPI document they are
# generated from, so that a package version names one document:
#   MAJOR  the document's info.version ("v1" -> 1): a new API version is a breaking change for a client;
#   MINOR  how many commits have changed openapi/ratification-api.v1.json: within v1 the document changes
#          only by additions (the breaking-change guard against openapi/baseline/), so each change is a minor;
#   PATCH  how many commits have changed either client (src/RatificationApi.Client, src/RatificationApi.Client.TypeScript:
#          the wrappers, READMEs, build) since the document last changed.
# Uncommitted changes to either add "-dev"; without the history (no git, a shallow clone) it is MAJOR.0.0-local.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
doc="openapi/ratification-api.v1.json"
cd "$root"

info_version="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["info"]["version"])' "$doc")"
major="${info_version#v}"
case "$major" in
  ''|*[!0-9]*) echo "src/RatificationApi.Client/version.sh: info.version in $doc is \"$info_version\", not v<number>" >&2; exit 1 ;;
esac

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1 || [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  echo "$major.0.0-local"
  exit 0
fi
minor="$(git rev-list --count HEAD -- "$doc")"
last_doc_change="$(git rev-list -n 1 HEAD -- "$doc")"
# The top-level clients folder is where both lived until they moved under src/; counting it too keeps the patch number
# from going back (git rev-list follows no renames) until the document's next change starts the count afresh.
packages=(src/RatificationApi.Client src/RatificationApi.Client.TypeScript clients)
patch="$(git rev-list --count "$last_doc_change..HEAD" -- "${packages[@]}")"
suffix=""
git diff --quiet HEAD -- "$doc" "${packages[@]}" || suffix="-dev"
echo "$major.$minor.$patch$suffix"
