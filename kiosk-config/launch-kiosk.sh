#!/usr/bin/env bash
# Opens the stand screen: Chromium in kiosk mode on the Pyykkinaru server, locked down for strangers' fingers.
# Usage: launch-kiosk.sh [URL [STAND]]   (default: $PYYKKINARU_URL or http://localhost:8080/)
# STAND (or $PYYKKINARU_STAND): the stand this screen shows, by its id or exact name, for an unattended start-up;
# without it a screen of an event with several stands shows a pairing code for staff.
# Run it in the stand's graphical session (see pyykkinaru-kiosk.service); it waits for the server first.
#
# Opening the stand on localhost no longer puts localhost (which no phone opens) in QR codes. The server picks the
# address phones use: the one an organiser chose in the staff console (print, posters and stands pages), else
# PYYKKINARU_PUBLIC_BASE_URL, else the address this screen opened — and when that is localhost, the server's own
# address on the venue network (its first private IPv4 address, e.g. http://192.168.1.20:8080). Without a network
# it stays localhost and every staff page says so.
set -euo pipefail

url=${1:-${PYYKKINARU_URL:-http://localhost:8080/}}
stand=${2:-${PYYKKINARU_STAND:-}}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$browser" ] || { echo "launch-kiosk: no Chromium found (apt install chromium)" >&2; exit 1; }
profile=${PYYKKINARU_KIOSK_PROFILE:-$HOME/.cache/pyykkinaru-kiosk}
origin=$(printf '%s' "$url" | sed -E 's#^(https?://[^/]+).*#\1#')

# ?kiosk tells the page it runs on a stand screen: it then shows its own on-screen keyboard.
case "$url" in *\?*) url="$url&kiosk=1" ;; *) url="$url?kiosk=1" ;; esac
# A stand's name may have spaces and letters like ä: sent percent-encoded, byte by byte.
urlencode() {
  local LC_ALL=C s=$1 out='' c h i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v h '%02X' "'$c"; out+="%${h: -2}" ;;
    esac
  done
  printf '%s' "$out"
}
[ -z "$stand" ] || url="$url&stand=$(urlencode "$stand")"

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$origin/" 2>/dev/null && break
  sleep 1
done

# A crash or power cut must not greet the next visitor with "restore pages?".
mkdir -p "$profile/Default"
sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[^"]*"/"exit_type":"Normal"/' \
  "$profile/Default/Preferences" 2>/dev/null || true

flags=(
  --kiosk "$url"
  --user-data-dir="$profile"
  --no-first-run
  --noerrdialogs                      # no crash or error dialogs in front of visitors
  --disable-session-crashed-bubble
  --disable-infobars
  --disable-pinch                     # no pinch zoom
  --overscroll-history-navigation=0   # no swipe back/forward
  --disable-features=TranslateUI,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation,HardwareMediaKeyHandling
  --disable-translate
  --disable-background-networking
  --disable-component-update
  --disable-sync
  --check-for-update-interval=31536000
  --password-store=basic
  --autoplay-policy=no-user-gesture-required
  --touch-events=enabled
  --lang="${PYYKKINARU_KIOSK_LANG:-fi}"
  # A stand served over the venue network is plain http; the camera (QR scanning) needs a secure context.
  --unsafely-treat-insecure-origin-as-secure="$origin"
)
exec "$browser" "${flags[@]}"
