#!/usr/bin/env bash
# Runs every test tier and prints one closing line "total: N passed, N failed".
#   1. npm test           type-check, lint, build, unit tests (mocha)
#   2. integration        the mocha suites inside a real VS Code 1.100.3 extension host (code-server)
#   3. e2e                UI tests in that VS Code, driven in headless Chromium (screenshots in test-results/)
#   4. demo               `scripts/demo.sh --smoke`: the demo's code-server set-up loads and decorates a dump
# Every tier runs even when an earlier one fails; the exit code is non-zero if any failed.
# Usage: scripts/test.sh [--no-vscode]   (--no-vscode: tier 1 only)
set -uo pipefail
cd "$(dirname "$0")/.."

NO_VSCODE=0
[ "${1:-}" = "--no-vscode" ] && NO_VSCODE=1
LOGDIR="$(mktemp -d)"
trap 'rm -rf "$LOGDIR"' EXIT
TOTAL_PASS=0
TOTAL_FAIL=0
SUMMARY=()

strip() { sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1"; }

# tier NAME KIND COMMAND...: runs COMMAND, shows its output, adds its counts to the totals.
# KIND=mocha reads "N passing"/"N failing"; KIND=plain reads "NAME: N passed, N failed".
tier() {
  local name="$1" kind="$2"; shift 2
  local log="$LOGDIR/$name.log" start=$SECONDS rc pass fail
  echo
  echo "================ $name: $* ================"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  if [ "$kind" = "mocha" ]; then
    pass=$(strip "$log" | grep -E '^\s*[0-9]+ passing' | tail -1 | grep -oE '[0-9]+' | head -1)
    fail=$(strip "$log" | grep -E '^\s*[0-9]+ failing' | tail -1 | grep -oE '[0-9]+' | head -1)
  else
    local line
    line=$(strip "$log" | grep -E "^$name: [0-9]+ passed, [0-9]+ failed" | tail -1)
    pass=$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
    fail=$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
  fi
  pass=${pass:-0}; fail=${fail:-0}
  # A failing command that reported no failing test (tsc, eslint, a crash) still counts as one failure.
  if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
  TOTAL_PASS=$((TOTAL_PASS + pass)); TOTAL_FAIL=$((TOTAL_FAIL + fail))
  SUMMARY+=("$(printf '%-12s exit %-3s %4s passed %4s failed  %4ss' "$name" "$rc" "$pass" "$fail" "$((SECONDS - start))")")
}

T0=$SECONDS
if [ ! -d node_modules ]; then
  echo "[test] installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "total: 0 passed, 1 failed"; exit 1; }
fi

tier unit mocha npm test
if [ "$NO_VSCODE" = "0" ]; then
  # Not tests: the build the real-VS Code tiers load, and the cached code-server + Chromium.
  # If either fails, the tiers below fail too and say why.
  echo; echo "================ build + VS Code install ================"
  s=$SECONDS
  npm run --silent compile >/dev/null 2>"$LOGDIR/compile.err" || cat "$LOGDIR/compile.err"
  bash scripts/vscode/install.sh >/dev/null || true
  SUMMARY+=("$(printf '%-12s %38s  %4ss' "setup" "(compile + code-server cache)" "$((SECONDS - s))")")
  tier integration plain node_modules/.bin/tsx scripts/vscode/runIntegration.ts
  tier e2e plain node_modules/.bin/tsx scripts/vscode/runE2e.ts
  tier demo plain bash scripts/demo.sh --smoke
fi

echo
echo "================ summary ($((SECONDS - T0)) s) ================"
printf '%s\n' "${SUMMARY[@]}"
echo
echo "total: $TOTAL_PASS passed, $TOTAL_FAIL failed"
[ "$TOTAL_FAIL" -eq 0 ]
