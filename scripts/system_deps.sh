#!/usr/bin/env bash
# Install the Debian/Ubuntu libraries Qt needs, only those missing, only where we can.
# Usage: scripts/system_deps.sh offscreen|window|bundle
set -u
offscreen="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-wqy-microhei"
window="$offscreen libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xinerama0"
case "${1:-offscreen}" in
  window) wanted=$window ;;
  bundle) wanted="$offscreen binutils" ;;
  *) wanted=$offscreen ;;
esac
command -v dpkg-query >/dev/null 2>&1 || { echo "system_deps: not a Debian-like system; install Qt's libraries yourself (see README)."; exit 0; }
missing=""
for p in $wanted; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "system_deps: installing:$missing"
if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
  echo "system_deps: please install as root:  apt-get install$missing"; exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null 2>&1 || true
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
  echo "system_deps: apt-get could not install:$missing (the app may show no window or empty boxes)"; exit 0; }
