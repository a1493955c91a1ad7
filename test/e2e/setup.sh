#!/usr/bin/env bash
# Installs the end-to-end test editor (code-server, VS Code in the browser, from npm) and
# Debian's chromium into a cache folder outside the repository. Idempotent: a second run
# reuses the cache. @vscode/test-electron cannot work here (it downloads VS Code from
# Microsoft's servers); see README "End-to-end tests".
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${ALIGN_E2E_CACHE:-$HOME/.cache/align-e2e}"
TOOL="$CACHE/code-server-$CODE_SERVER_VERSION"
MARKER="$TOOL/.installed"
say() { echo "e2e-setup: $*"; }

if [ -f "$MARKER" ]; then
    say "reusing $TOOL"
    exit 0
fi

SUDO=""
[ "$(id -u)" != "0" ] && SUDO="sudo"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

say "installing code-server $CODE_SERVER_VERSION into $TOOL (about two minutes)"
rm -rf "$TOOL"
mkdir -p "$TOOL"
cd "$TOOL"
echo '{ "name": "align-e2e-editor", "private": true }' > package.json
# Its own postinstall downloads ripgrep from GitHub, which these machines cannot reach:
# install without scripts and do the postinstall's work here.
npm_config_unsafe_perm=true npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >/dev/null
npm rebuild argon2 --build-from-source >/dev/null
VSCODE="$TOOL/node_modules/code-server/lib/vscode"
( cd "$VSCODE" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null )
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
( cd "$VSCODE" && npm_config_yes=true npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid >/dev/null )
( cd "$VSCODE/extensions" && npm install --omit=dev --no-audit --no-fund >/dev/null && ln -sf node_modules node_modules.asar )
( cd "$VSCODE/bin/remote-cli" && ln -sf code-linux.sh code-server )
( cd "$VSCODE/bin/helpers" && ln -sf browser-linux.sh browser.sh )
touch "$MARKER"
say "done: $TOOL/node_modules/.bin/code-server"
