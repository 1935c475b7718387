#!/usr/bin/env bash
# Start-up to the first kiosk screen: starts the app (on a fresh database each time) and times until "/" answers
# 200, the page the stand browser opens. Runs it N times with and without the JDK AOT cache and prints both.
# Usage: bench/startup.sh [runs]   (after ./mvnw -DskipTests package; makes the cache with kiosk-config/aot-cache.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
java=${JAVA:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java}
app=target/aot/app
[ -f "$app/pyykkinaru.aot" ] || kiosk-config/aot-cache.sh target/pyykkinaru.jar target/aot >/dev/null

once() {
  local port=$((20000 + RANDOM % 20000)) data
  data=$(mktemp -d)
  local start=$(date +%s%N)
  "$java" "$@" -jar "$app/pyykkinaru.jar" --server.port=$port --pyykkinaru.data-dir="$data" \
      --pyykkinaru.backup.dir="$data/backups" >"$data/log" 2>&1 &
  local pid=$!
  until curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$data/log" >&2; exit 1; }
    sleep 0.05
  done
  local end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

plain=$(for _ in $(seq "$runs"); do once; done | tee /dev/stderr | median)
cached=$(for _ in $(seq "$runs"); do once -XX:AOTCache="$app/pyykkinaru.aot"; done | tee /dev/stderr | median)
echo "first kiosk screen, median of $runs: without AOT cache ${plain} ms, with ${cached} ms" \
     "(ratio $(awk -v a="$cached" -v b="$plain" 'BEGIN {printf "%.2f", a / b}'))"
