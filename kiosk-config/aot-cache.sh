#!/usr/bin/env bash
# Makes the JDK AOT cache (Java 25, JEP 483/514) that starts the stand server in about half the time:
# unpacks the jar (the cache needs plain jars on the class path), then one training start that loads what a real
# start loads and exits. A training run on the event floor's traffic (phones voting, stand screens tapping, JEP 515
# profiles) was tried for issue 18 and measured no better (started in 14.1 s against 14.3 s without a cache and 7.7 s
# with this one; first burst no warmer), so it was removed again.
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
"$java" -XX:AOTCacheOutput="$out/app/pyykkinaru.aot" -Dspring.context.exit=onRefresh -jar "$out/app/pyykkinaru.jar" \
    --server.port=0 --pyykkinaru.data-dir="$training/data" --pyykkinaru.backup.dir="$training/backups" \
    >"$training/log" 2>&1 || { cat "$training/log" >&2; exit 1; }
rm -rf "$training"
echo "$out/app/pyykkinaru.aot"
