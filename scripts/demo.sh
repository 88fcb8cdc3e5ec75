#!/usr/bin/env bash
# Opens a real VS Code on samples/workspace with Provenance Lens loaded.
#   - desktop VS Code (`code` on PATH, or $VSCODE_EXECUTABLE): code --extensionDevelopmentPath=<repo> samples/workspace
#   - otherwise: VS Code 1.100.3 as code-server on 127.0.0.1, printing the URL to open; runs until Ctrl-C
# Installs what it needs on a fresh machine: npm ci (when node_modules is missing), the build,
# and the code-server cache (Debian packages + code-server from the npm registry, ~1 min once).
# Usage: scripts/demo.sh [--web] [--port N] [--smoke]
#   --web    use code-server even when desktop `code` exists
#   --smoke  (web) load the workbench headless, open a dump, screenshot, exit: a self-check
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

WEB=0
ARGS=()
for a in "$@"; do
  case "$a" in
    --web) WEB=1 ;;
    --smoke) WEB=1; ARGS+=("$a") ;;
    *) ARGS+=("$a") ;;
  esac
done

if [ ! -d node_modules ]; then
  echo "[demo] installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
echo "[demo] building the extension (npm run compile)"
npm run --silent compile

CODE="${VSCODE_EXECUTABLE:-$(command -v code || true)}"
if [ "$WEB" = "0" ] && [ -n "$CODE" ]; then
  echo "[demo] opening desktop VS Code: $CODE"
  exec "$CODE" --extensionDevelopmentPath="$ROOT" "$ROOT/samples/workspace"
fi

bash scripts/vscode/install.sh >/dev/null
exec node_modules/.bin/tsx scripts/vscode/serve.ts "${ARGS[@]}"
