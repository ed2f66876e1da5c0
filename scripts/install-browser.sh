#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (Playwright drives it; its own browser download does
# not work offline). Idempotent: does nothing when /usr/bin/chromium exists. Needs root (CI runs as root).
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi
if [[ "$(id -u)" != "0" ]]; then
    echo "error: /usr/bin/chromium is missing; install it as root: apt-get install -y chromium" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium; }
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null)"
