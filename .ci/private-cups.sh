#!/usr/bin/env bash
# A private CUPS for the printing tests: its own cupsd on a loopback port, with
#   PYKPDF   - Debian's cups-pdf virtual printer, PDFs land in <dir>/pdf
#   PYKFAULT - a raw queue whose backend (below) copies each job to <dir>/fault-out, or fails on demand:
#              while <dir>/fault holds a reason it reports media-empty-error with that reason and exits 1.
# Usage: private-cups.sh start <dir> <port> | stop <dir>. Needs the packages cups, cups-bsd and (as root)
# printer-driver-cups-pdf. Prints the server's address on success.
# As root PYKPDF is the real cups-pdf. cups-pdf refuses to run as anyone else, so for a contributor running the
# tests as themselves cupsd runs as that user and PYKPDF is a raw queue whose backend files each job, as it was
# sent, under the name cups-pdf would give it (job_<id>-<title>.pdf): the tests read the same files either way.
set -euo pipefail
# cupsd and CUPS's admin commands (lpadmin, cupsenable, cupsaccept) live in /usr/sbin, which is on root's PATH only.
export PATH="$PATH:/usr/sbin:/sbin"

cmd=${1:?start or stop}
dir=$(mkdir -p "${2:?directory}" && cd "$2" && pwd)
port=${3:-6310}

stop() {
  if [ -f "$dir/run/cupsd.pid" ]; then
    kill "$(cat "$dir/run/cupsd.pid")" 2>/dev/null || true
    rm -f "$dir/run/cupsd.pid"
  fi
}

if [ "$cmd" = stop ]; then
  stop
  exit 0
fi

# A Unix socket's path holds at most 107 bytes: say so rather than let cupsd fail to listen without a word.
if [ $(( ${#dir} + 14 )) -gt 107 ]; then
  echo "The folder $dir is too deep for CUPS's socket ($dir/run/cups.sock); clone the project to a shorter path." >&2
  exit 2
fi
command -v cupsd >/dev/null || { echo "cupsd is missing: apt-get install cups cups-bsd printer-driver-cups-pdf" >&2; exit 2; }
stop
mkdir -p "$dir"/{conf/ppd,spool/tmp,cache,state,log,run,bin/backend,pdf,fault-out}
chmod 0755 "$dir" "$dir"/bin "$dir"/bin/backend
chmod 0777 "$dir/pdf" "$dir/fault-out"
chmod 1777 "$dir/spool/tmp"
for part in filter daemon cgi-bin notifier monitor driver; do
  [ -e "/usr/lib/cups/$part" ] && ln -sfn "/usr/lib/cups/$part" "$dir/bin/$part"
done
for backend in /usr/lib/cups/backend/*; do
  ln -sfn "$backend" "$dir/bin/backend/$(basename "$backend")"
done
cat > "$dir/bin/backend/pykfault" <<'BACKEND'
#!/bin/sh
# Test backend: DEVICE_URI is pykfault:<dir>.
if [ $# -eq 0 ]; then
  echo 'direct pykfault "Unknown" "Pyykkinaru fault test printer"'
  exit 0
fi
dir=${DEVICE_URI#pykfault:}
if [ -s "$dir/fault" ]; then
  echo "STATE: +media-empty-error" >&2
  echo "ERROR: $(cat "$dir/fault")" >&2
  exit 1
fi
echo "STATE: -media-empty-error" >&2
if [ -n "$6" ]; then cat "$6"; else cat; fi > "$dir/fault-out/job-$1.pdf"
exit 0
BACKEND
cat > "$dir/bin/backend/pykfile" <<'BACKEND'
#!/bin/sh
# Test backend for a non-root cupsd: DEVICE_URI is pykfile:<dir>; the job lands in <dir>/pdf like cups-pdf's output.
if [ $# -eq 0 ]; then
  echo 'direct pykfile "Unknown" "Pyykkinaru PDF file printer"'
  exit 0
fi
dir=${DEVICE_URI#pykfile:}
title=$(printf %s "$3" | tr -c 'A-Za-z0-9._-' '_')
if [ -n "$6" ]; then cat "$6"; else cat; fi > "$dir/pdf/.job_$1.part"
mv "$dir/pdf/.job_$1.part" "$dir/pdf/job_$1-$title.pdf"
exit 0
BACKEND
if [ "$(id -u)" = 0 ]; then
  chmod 0700 "$dir/bin/backend/pykfault"  # run as root, like a real backend
  run_user=lp run_group=lp system_group=root
else
  chmod 0755 "$dir/bin/backend/pykfault" "$dir/bin/backend/pykfile"
  run_user=$(id -un) run_group=$(id -gn) system_group=$(id -gn)
fi

cat > "$dir/conf/cupsd.conf" <<CONF
Listen 127.0.0.1:$port
Listen $dir/run/cups.sock
LogLevel warn
Browsing No
WebInterface No
DefaultAuthType None
JobRetryInterval 5
MaxJobs 0
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$dir/conf/cups-files.conf" <<CONF
ServerRoot $dir/conf
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ServerBin $dir/bin
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
FileDevice Yes
Sandboxing Relaxed
User $run_user
Group $run_group
SystemGroup $system_group
CONF
if [ "$(id -u)" = 0 ]; then
  # cups-pdf reads its settings from /etc/cups only; the per-queue file names this instance's output folder.
  cat > /etc/cups/cups-pdf-PYKPDF.conf <<CONF
Out $dir/pdf
AnonDirName $dir/pdf
AnonUMask 0000
UserUMask 0000
Label 1
CONF
fi

setsid cupsd -f -c "$dir/conf/cupsd.conf" -s "$dir/conf/cups-files.conf" </dev/null >>"$dir/log/cupsd.out" 2>&1 &
echo $! > "$dir/run/cupsd.pid"
for _ in $(seq 1 50); do
  [ -S "$dir/run/cups.sock" ] && break
  sleep 0.1
done
export CUPS_SERVER="$dir/run/cups.sock"
if [ "$(id -u)" = 0 ]; then
  lpadmin -p PYKPDF -E -v cups-pdf:/PYKPDF -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd 2>/dev/null \
    || lpadmin -p PYKPDF -E -v cups-pdf:/PYKPDF -P /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd
else
  lpadmin -p PYKPDF -E -v "pykfile:$dir" 2>/dev/null
fi
lpadmin -p PYKFAULT -E -v "pykfault:$dir" -o printer-error-policy=stop-printer 2>/dev/null
cupsenable PYKPDF PYKFAULT
cupsaccept PYKPDF PYKFAULT
echo "http://127.0.0.1:$port"
