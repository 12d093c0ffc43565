#!/usr/bin/env bash
# One-time set-up on a fresh machine: npm dependencies and a Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# xmllint validates exported GEXF/GraphML against their schemas in the unit tests.
if [ "${1:-}" != "--no-browser" ] && ! command -v xmllint >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
  else
    echo "xmllint is missing: install libxml2-utils for the export schema tests." >&2
  fi
fi
if [ "${1:-}" != "--no-browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's Chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "No Chromium at /usr/bin/chromium: install one (apt-get install chromium), or set CHROMIUM_PATH," >&2
    echo "or run 'npx playwright install chromium' where downloads are allowed." >&2
  fi
fi
