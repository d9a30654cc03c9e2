#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (STYLE.md, "Tests"). Make sure it is there before they run:
# install it when we may (root with apt-get), and otherwise stop with the command to run. Never skip.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [[ -x "$chromium" ]]; then
  echo "Chromium: $chromium"
  exit 0
fi

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but there is no executable there." >&2
  exit 1
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need Chromium and $chromium is missing: installing it with apt-get (this takes a minute or two)."
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  if [[ ! -x "$chromium" ]]; then
    echo "apt-get installed chromium, but there is still no executable at $chromium." >&2
    exit 1
  fi
  echo "Chromium: $chromium"
  exit 0
fi

echo "Browser tests need Chromium. Install it with: sudo apt-get install -y chromium" >&2
exit 1
