#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests when no browser is there yet.
# Tests never download a browser of their own; see scripts/chromium.ts for how one is found.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "setup:browser: using CHROMIUM_PATH=$CHROMIUM_PATH"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "setup:browser: $(/usr/bin/chromium --version 2>/dev/null | head -n 1) already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:browser: no /usr/bin/chromium and no apt-get; install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup:browser: installing chromium with apt-get"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null | head -n 1
