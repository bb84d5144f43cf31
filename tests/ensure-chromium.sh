#!/usr/bin/env bash
# Browser tests use Debian's Chromium (Playwright cannot download its own browser here).
# Installs it when missing and we can (root with apt-get); CHROMIUM_PATH overrides the location.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "== installing Debian's chromium (one time)"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
	echo "== installing Debian's chromium (one time, with sudo)"
	sudo apt-get update -qq
	sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
else
	echo "Chromium is missing at $chromium_path. Install it (apt-get install chromium fonts-noto-core)" >&2
	echo "or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
	exit 1
fi
