#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing (idempotent; quick
# when present). Playwright's own browser download cannot work on machines without
# general internet access, so the tests use this system browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null; then
    echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it (run: apt-get install chromium)" >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" != "0" ] && SUDO="sudo"
echo "ensure-chromium: installing Debian's chromium (one time)…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "ensure-chromium: $(/usr/bin/chromium --version)"
