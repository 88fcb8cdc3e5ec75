#!/usr/bin/env bash
# Installs what the real-VS Code tiers need, idempotently:
#   - Debian packages: libkrb5-dev (code-server's native deps), ripgrep, chromium
#   - code-server 4.100.3 (= VS Code 1.100.3) from the npm registry into a cache folder
# Prints the code-server folder on the last line of stdout. Fast (< 1 s) when everything is cached.
# Env: PL_CODE_SERVER_DIR overrides the cache folder; PL_SKIP_APT=1 skips the apt step.
set -euo pipefail

CS_VERSION="4.100.3"
RG_PKG_VERSION="1.15.11"        # @vscode/ripgrep version code-server 4.100.3 pulls in
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/provenance-lens"
CS_DIR="${PL_CODE_SERVER_DIR:-$CACHE_ROOT/code-server-$CS_VERSION}"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

log() { echo "[vscode-install] $*" >&2; }

need_apt() {
  local missing=()
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  echo "${missing[@]:-}"
}

install_apt() {
  local missing
  missing="$(need_apt)"
  [ -z "$missing" ] && return 0
  if [ "${PL_SKIP_APT:-}" = "1" ]; then log "missing Debian packages: $missing (PL_SKIP_APT=1)"; return 0; fi
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  log "installing Debian packages: $missing"
  $sudo apt-get update -qq >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >&2
}

# @vscode/ripgrep's postinstall downloads rg from GitHub unless the asset is already in its cache folder.
seed_ripgrep_cache() {
  local tmp="${TMPDIR:-/tmp}"
  local cache="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  [ -f "$cache/$RG_ASSET" ] && return 0
  local pack
  pack="$(mktemp -d)"
  mkdir -p "$cache"
  cp "$(command -v rg)" "$pack/rg"
  tar czf "$cache/$RG_ASSET" -C "$pack" rg
  rm -rf "$pack"
}

install_code_server() {
  if [ -x "$CS_BIN" ] && [ -f "$CS_DIR/.installed-ok" ]; then return 0; fi
  seed_ripgrep_cache
  local staging="$CS_DIR.partial.$$"
  rm -rf "$staging"
  mkdir -p "$staging"
  log "installing code-server@$CS_VERSION into $CS_DIR (about 40 s, ~300 MB)"
  local start=$SECONDS
  # npx inside code-server's postinstall needs yes=true; the postinstall refuses root without --unsafe-perm.
  (cd "$staging" && echo '{"name":"pl-code-server-cache","private":true}' > package.json &&
    npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error \
      "code-server@$CS_VERSION" >&2)
  [ -x "$staging/node_modules/.bin/code-server" ] || { log "code-server binary missing after install"; exit 1; }
  touch "$staging/.installed-ok"
  rm -rf "$CS_DIR"
  mkdir -p "$(dirname "$CS_DIR")"
  mv "$staging" "$CS_DIR"
  log "code-server installed in $((SECONDS - start)) s"
}

install_apt
install_code_server
echo "$CS_DIR"
