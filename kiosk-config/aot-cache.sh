#!/usr/bin/env bash
# Makes the JDK AOT cache (Java 25, JEP 483/514) that starts the stand server in about half the time:
# unpacks the jar (the cache needs plain jars on the class path), then one training start that loads what a real
# start loads and exits. AOT_TRAINING=floor trains instead on a throwaway data folder used as the event floor uses it
# (1,500 phones voting, 10 stand screens tapping; AotTraining) before it exits, so the cache also holds those
# requests' classes and, from JDK 25 (JEP 515), their method profiles. Measured on a shared 2-core box (bench/startup.sh,
# 2026-12-03, load average 8-13): it started no faster than no cache (14.1 s vs 14.3 s; start-trained 7.7 s) and its
# first burst was not measurably warmer, so the start training stays the default until a quiet machine says otherwise.
# Usage: kiosk-config/aot-cache.sh [jar] [folder]; run the server from the folder:
#   java -XX:AOTCache=<folder>/app/pyykkinaru.aot -jar <folder>/app/pyykkinaru.jar
# The cache belongs to that JDK build and that jar: make it again after either changes.
set -euo pipefail
jar=${1:-target/pyykkinaru.jar}
out=${2:-target/aot}
java=${JAVA:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java}
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out/app" >/dev/null
training=$(mktemp -d)
if [ "${AOT_TRAINING:-start}" = start ]; then
  run=(-Dspring.context.exit=onRefresh -jar "$out/app/pyykkinaru.jar")
else
  run=(-jar "$out/app/pyykkinaru.jar" --pyykkinaru.aot-training=true
       --pyykkinaru.security.initial-organiser-password=aot-training-only)
fi
"$java" -XX:AOTCacheOutput="$out/app/pyykkinaru.aot" "${run[@]}" \
    --server.port=0 --pyykkinaru.data-dir="$training/data" --pyykkinaru.backup.dir="$training/backups" \
    >"$training/log" 2>&1 || { cat "$training/log" >&2; exit 1; }
rm -rf "$training"
echo "$out/app/pyykkinaru.aot"
