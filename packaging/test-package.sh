#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the package preset (release, without the tests: only what the .deb holds),
# unpacks it into a temporary root and checks it from there: the package's dependencies, the desktop file and
# AppStream metainfo (validated), the icons, the man page and bash completion against the unpacked binary's
# own --help, `dealpulse --version` and a screenshot of the demo; and the Flatpak manifest's YAML.
set -euo pipefail
cd "$(dirname "$0")/.."
app_id=io.dealpulse.Dealpulse
version=$(sed -n 's/^project(Dealpulse VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

cmake --preset package
cmake --build --preset package
rm -f build/package/dealpulse_*.deb
cpack --preset package
deb=$(ls build/package/dealpulse_"${version}"_*.deb)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -x "$deb" "$root"
fail() { echo "test-package: $*" >&2; exit 1; }

# dpkg-shlibdeps found the shared libraries.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6networkauth6 libqt6keychain1 libsqlite3-0 libcurl4 libsimdjson libxlsxwriter libgumbo; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no release $version"
for size in 16 22 24 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  width=$(od -An -j16 -N4 -tx1 "$png" 2>/dev/null | tr -d ' \n') # the PNG header's width
  [[ -n $width && $((16#$width)) -eq $size ]] || fail "no PNG icon of $size px"
done
[[ -s $root/usr/share/icons/hicolor/scalable/apps/$app_id.svg ]] || fail "no SVG icon"
for doc in copyright LICENSE THIRD-PARTY.md; do
  [[ -s $root/usr/share/doc/dealpulse/$doc ]] || fail "no /usr/share/doc/dealpulse/$doc"
done

# The unpacked program runs: its version, and a picture of the demo window with no display.
bin=$root/usr/bin/dealpulse
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME"
[[ $("$bin" --version) == "Dealpulse $version" ]] || fail "dealpulse --version says: $("$bin" --version)"
"$bin" --demo --screenshot "$work/demo.png" --size 1280x800
[[ $(head -c 8 "$work/demo.png" | od -An -tx1) == *"89 50 4e 47"* ]] || fail "--screenshot wrote no PNG"

# The man page and the completion know every command and option the binary's --help names.
man=$root/usr/share/man/man1/dealpulse.1.gz
page=$(zcat "$man")
[[ $page == *".TH DEALPULSE 1"* ]] || fail "the man page has no title"
source "$root/usr/share/bash-completion/completions/dealpulse"
complete_words() { # the words typed so far, the last one being completed
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _dealpulse
  echo " ${COMPREPLY[*]} "
}
options_in() { "$bin" "$@" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+$'; }
verbs=$("$bin" --help | sed -n '/^Commands/,/^$/p' | grep -oE '^  [a-z]+' | tr -d ' ')
[[ -n $verbs ]] || fail "dealpulse --help lists no commands"
offered=$(complete_words dealpulse '')
for verb in $verbs; do
  [[ $offered == *" $verb "* ]] || fail "completion does not offer the command $verb"
  [[ $page == *"dealpulse $verb"* ]] || fail "the man page lacks dealpulse $verb"
done
check_options() {
  local offered option options
  offered=$(complete_words dealpulse "$@" --)
  options=$(options_in "$@") || fail "dealpulse $* --help lists no options"
  for option in $options; do
    [[ $offered == *" $option "* ]] || fail "completion of 'dealpulse $*' lacks $option"
    [[ $page == *"${option//-/\\-}"* ]] || fail "the man page lacks $option"
  done
}
for verb in $verbs; do
  if [[ $verb == snapshot || $verb == team ]]; then
    subs=$("$bin" "$verb" --help | grep -oE '^  [a-z-]+' | tr -d ' ')
    [[ -n $subs ]] || fail "dealpulse $verb --help lists no sub-commands"
    for sub in $subs; do check_options "$verb" "$sub"; done
  else
    check_options "$verb"
  fi
done
offered=$(complete_words dealpulse --)
for option in $(options_in); do
  [[ $offered == *" $option "* ]] || fail "completion of 'dealpulse' lacks $option"
done

# The Flatpak manifest cannot be built here; it is at least well-formed and builds what it must.
python3 - packaging/flatpak/$app_id.yml <<'PY'
import sys, yaml
manifest = yaml.safe_load(open(sys.argv[1]))
assert manifest["id"] == "io.dealpulse.Dealpulse", manifest.get("id")
assert manifest["runtime"] == "org.kde.Platform" and manifest["runtime-version"].startswith("6."), manifest
names = [m["name"] if isinstance(m, dict) else m for m in manifest["modules"]]
for needed in ("qtkeychain", "libxlsxwriter", "simdjson", "gumbo", "dealpulse"):
    assert needed in names, f"no module {needed}: {names}"
PY

echo "test-package: $deb is good ($(du -k "$deb" | cut -f1) KB)"
