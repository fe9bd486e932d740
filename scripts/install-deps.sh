#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Dealpulse needs to build, run and test. Idempotent; works as root or via sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-networkauth-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libgl-dev libxkbcommon-dev
  postgresql-15 libpq-dev
  libsqlite3-dev sqlite3 libcurl4-openssl-dev libsimdjson-dev libgumbo-dev qtkeychain-qt6-dev libxlsxwriter-dev unzip poppler-utils
  qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core fonts-wqy-microhei
  clang-14 libclang-rt-14-dev lld
  python3 python3-yaml dpkg-dev desktop-file-utils appstream
  # A keychain for the tests that keep secrets (tests/support/with-keyring.sh).
  dbus dbus-daemon gnome-keyring
)

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  echo "install-deps: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
# The team tests start their own PostgreSQL in a temporary folder; without this, Debian's package would
# create (and try to start) a system-wide cluster.
"${sudo_cmd[@]}" mkdir -p /etc/postgresql-common/createcluster.d
echo 'create_main_cluster = false' | "${sudo_cmd[@]}" tee /etc/postgresql-common/createcluster.d/dealpulse.conf >/dev/null
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
