#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a real Secret Service keychain of its own, as the app meets it on a desktop: a private
# D-Bus session bus with gnome-keyring's secrets component, whose login keyring is created (or unlocked)
# with a fixed password in the test's HOME (ctest sets it). Needs no desktop session, so it works on CI.
set -eu
: "${HOME:?}"
mkdir -p "$HOME"
XDG_DATA_HOME=${XDG_DATA_HOME:-$HOME/data}
XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/dealpulse-keyring.XXXXXX")
# DEALPULSE_TEST_KEYRING tells the tests they are in a keychain of their own.
DEALPULSE_TEST_KEYRING=1
export XDG_DATA_HOME XDG_RUNTIME_DIR DEALPULSE_TEST_KEYRING
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
mkdir -p "$XDG_DATA_HOME"
dbus-run-session -- sh -c '
    printf dealpulse-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 70
    exec "$@"' sh "$@"
