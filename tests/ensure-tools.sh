#!/usr/bin/env bash
# Browser tests use Debian's Chromium (Playwright cannot download its own browser here) and
# Debian's nginx, which serves the built site with the shipped config (src/lib/hosting/nginx.conf;
# no service is started). Installs what is missing when we can (root with apt-get, or sudo);
# CHROMIUM_PATH and NGINX_PATH override the locations.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
nginx_path="${NGINX_PATH:-/usr/sbin/nginx}"
packages=()
[ -x "$chromium_path" ] || packages+=(chromium fonts-noto-core)
[ -x "$nginx_path" ] || packages+=(nginx-light)
if [ ${#packages[@]} = 0 ]; then exit 0; fi
# Installs the packages with no service started (nginx's would take port 80): a policy-rc.d
# that denies every start, for the install only, unless the machine has one of its own.
install() {
	local policy=/usr/sbin/policy-rc.d added=0
	if [ ! -e $policy ]; then
		printf '#!/bin/sh\nexit 101\n' | $1 tee $policy >/dev/null && $1 chmod +x $policy && added=1
	fi
	local status=0
	$1 apt-get update -qq &&
		$1 env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null ||
		status=$?
	[ $added = 1 ] && $1 rm -f $policy
	return $status
}
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "== installing Debian's ${packages[*]} (one time)"
	install ""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
	echo "== installing Debian's ${packages[*]} (one time, with sudo)"
	install sudo
else
	echo "Missing: ${packages[*]}. Install them (apt-get install ${packages[*]})," >&2
	echo "or set CHROMIUM_PATH / NGINX_PATH to a Chromium or Chrome binary / an nginx binary." >&2
	exit 1
fi
