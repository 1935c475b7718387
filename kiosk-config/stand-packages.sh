#!/usr/bin/env bash
# Installs what a stand box needs from Debian besides the Java 25 runtime (see README, "Set up a stand"): the kiosk
# browser, the print system, colour emoji for slips, and espeak-ng, which speaks for visitors who switch speech on
# (offline; without it the screens fall back to the browser's voices, often none on a stand box). Run as root.
set -euo pipefail
packages=(chromium cups fonts-noto-color-emoji espeak-ng)
if [ "$(id -u)" != 0 ]; then
  echo "Run as root: sudo $0   (installs: ${packages[*]})" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
