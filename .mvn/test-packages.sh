#!/usr/bin/env bash
# What the tests need from the machine besides a JDK and npm, as Debian packages: installed when missing, so that
# `./mvnw verify` is the whole set-up on a fresh Debian or Ubuntu box. Installing needs root: as root it runs
# apt-get, otherwise `sudo -n` (sudo that does not ask); when neither can, it stops and says what to run.
set -euo pipefail
# cupsd and lpadmin are in /usr/sbin, on root's PATH only: look there too, or an ordinary user is told to install them.
export PATH="$PATH:/usr/sbin:/sbin"

missing=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM:-/nonexistent}" ] || missing+=(chromium)  # e2e browser
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)           # fetches Node 24 for the frontend bundle
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)       # decodes printed QR codes independently
fc-list 2>/dev/null | grep -i dejavu >/dev/null || missing+=(fonts-dejavu-core)  # å ä ö in screenshots
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)   # renders printed PDFs for zbarimg
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)      # the visitors' speech (speech module, SpeechIT)
# The printing tests run a private cupsd (.ci/private-cups.sh); as root its PDF printer is cups-pdf.
{ command -v cupsd && command -v lpadmin && command -v lp; } >/dev/null 2>&1 || missing+=(cups cups-client cups-bsd)
if [ "$(id -u)" = 0 ] && [ ! -x /usr/lib/cups/backend/cups-pdf ]; then missing+=(printer-driver-cups-pdf); fi
# The PostgreSQL tests start a private server with .ci/private-postgres.sh.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)

[ ${#missing[@]} -eq 0 ] && exit 0

echo "The tests need these packages, missing on this machine: ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here: install the equivalent packages with your system's package manager, then run the tests again." >&2
  exit 1
fi
install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}")
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq && "${install[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo -n apt-get update -qq && sudo -n "${install[@]}"
else
  echo "Installing packages needs root. Run once:  sudo apt-get install ${missing[*]}" >&2
  echo "(or run .ci/run as root, which installs them and runs the tests), then run ./mvnw verify again." >&2
  exit 1
fi
