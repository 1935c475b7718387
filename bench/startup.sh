#!/usr/bin/env bash
# Start-up to the first kiosk screen, and the first burst after a start. Starts the app (on a fresh database each time)
# and times until "/" answers 200, the page the stand browser opens: N times without an AOT cache, with the cache
# (kiosk-config/aot-cache.sh). Then, for each, the first burst right after a
# start (FloorLoad -Dquiet=0: 20 stand screens tapping while 3,000 phones vote within 30 s) and the same burst again
# on the now warm server. FIRST_BURST=0 skips the bursts.
# Usage: bench/startup.sh [runs]   (after ./mvnw -DskipTests package, with the test classes compiled)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
java=${JAVA:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java}
[ -f target/aot/app/pyykkinaru.aot ] || kiosk-config/aot-cache.sh target/pyykkinaru.jar target/aot >/dev/null

once() {
  local jar=$1; shift
  local port=$((20000 + RANDOM % 20000)) data
  data=$(mktemp -d)
  local start=$(date +%s%N)
  "$java" "$@" -jar "$jar" --server.port=$port --pyykkinaru.data-dir="$data" \
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

plain=$(for _ in $(seq "$runs"); do once target/pyykkinaru.jar; done | tee /dev/stderr | median)
cached=$(for _ in $(seq "$runs"); do once target/aot/app/pyykkinaru.jar -XX:AOTCache=target/aot/app/pyykkinaru.aot; done \
    | tee /dev/stderr | median)
echo "first kiosk screen, median of $runs: without AOT cache ${plain} ms, with the start-trained cache ${cached} ms" \
     "(ratio $(awk -v a="$cached" -v b="$plain" 'BEGIN {printf "%.2f", a / b}'))"
echo

[ "${FIRST_BURST:-1}" = 1 ] || exit 0
hsqldb=$(find ~/.m2/repository/org/hsqldb/hsqldb -name 'hsqldb-2.7.4.jar' | head -1)
for cfg in none start cold; do
  args=""
  case $cfg in
    none) jar=target/pyykkinaru.jar; opts=""; name="without AOT cache";;
    start) jar=target/aot/app/pyykkinaru.jar; opts="-XX:AOTCache=target/aot/app/pyykkinaru.aot"; name="start-trained AOT cache";;
    cold) jar=target/aot/app/pyykkinaru.jar; opts="-XX:AOTCache=target/aot/app/pyykkinaru.aot"; args="--pyykkinaru.phone.warm-up=0s"
          name="start-trained AOT cache, without the phones' warm-up";;
  esac
  "$java" -cp "target/test-classes:$hsqldb" -DidleUis=0 -Dquiet=0 -Dbursts=3000/30,3000/30 "-Dserver.jvm=$opts" "-Dserver.args=$args" \
      fi.pyykkinaru.load.FloorLoad "$jar" "target/bench/first-burst-$cfg.md" >/dev/null 2>&1
  echo "### First burst after a start, $name (first row after the start: cold; second: the same burst again, warm)"
  echo
  sed -n '/^| /p' "target/bench/first-burst-$cfg.md"
  echo
done
