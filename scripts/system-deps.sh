#!/usr/bin/env bash
# Debian packages the app and its tests need (see ../shared/notes/QT_HEADLESS.md).
# Idempotent: skips apt entirely when everything is already installed.
# Usage: scripts/system-deps.sh [--test]
set -euo pipefail
pkgs=(
  # Qt widgets + QtWebEngine
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libnss3 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2 libxtst6 libasound2 libbrotli1
  libgbm1 libxcb1 libxcb-dri3-0 libxkbfile1
  # xcb platform under Xvfb (a real window)
  xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core
  # OS keyring (Secret Service)
  gnome-keyring dbus-daemon dbus libsecret-tools
)
if [[ "${1:-}" == "--test" ]]; then
  pkgs+=(
    imagemagick x11-apps x11-utils xdotool desktop-file-utils appstream
    # real WordPress for the publishing tests (tests/harness/wordpress.py)
    php8.2-cgi php-cgi php8.2 php mini-httpd wordpress mariadb-server mariadb-client php-cli
    php-mysql php-gd php-xml php-mbstring php-curl curl
    # real Ghost 5 for the publishing tests: build tools for its sqlite3 module
    make g++ python3
  )
  # ... and Node 20 with npm. This machine kind ships NodeSource's nodejs (npm inside it), which
  # conflicts with Debian's separate npm package: only ask apt when node/npm are really missing.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then pkgs+=(nodejs npm); fi
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  echo "system-deps: installing ${missing[*]}" >&2
  # Keep maintainer scripts from starting mariadb/mini-httpd as system services.
  policy_added=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d; policy_added=1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
  if ((policy_added)); then $SUDO rm -f /usr/sbin/policy-rc.d; fi
fi
