#!/usr/bin/env bash
# Every performance figure in one command, written to target/bench/report.md (the README's Performance table
# comes from it): JMH benchmarks (badge PDFs, QR encode/decode, durable writes), the floor load against the real
# jar (heap per idle UI; kiosk round trips of 20 stand screens, quiet and during a burst of 1,000 phone votes),
# start-up with and without the AOT cache, and the stand camera's QR decoder against zbarimg (and against the decoder
# it replaced) on generated venue-like frames. About 20 minutes on a 2-core machine.
# Usage: bench/run.sh [startup-runs]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"

./mvnw -q -B -DskipTests package
./mvnw -q -B -Pbenchmarks -DskipTests test -Djmh.output="$PWD/$out/jmh.txt"
./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.pyykkinaru.load.FloorLoad \
    -Dexec.args="target/pyykkinaru.jar $out/floor.md"
bench/startup.sh "${1:-3}" 2>/dev/null > "$out/startup.txt"
# The scanner's decoder before the change, for a before/after column; the bench skips that column without it.
npm install --prefix "$out/old-decoder" --no-save --no-package-lock --no-fund --no-audit --loglevel=error \
    @zxing/library@0.23.0 || true
# In the same Maven call as the build: Vaadin keeps its production-mode token only while that call runs.
./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.pyykkinaru.session.ScannerBench \
    -Dbench.report="$PWD/$out/scanner.md" > "$out/scanner.log" 2>&1

{
  echo "# Pyykkinaru benchmarks, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
       "$("$(ls -d /usr/lib/jvm/*25* | head -1)/bin/java" -version 2>&1 | head -1)."
  echo
  echo "## JMH (badge PDFs, QR codes, durable writes)"
  echo
  echo "Goals: one badge p99 ≤ 5 ms; 500 badges on sheets ≤ 3 s; first badge in a fresh JVM ≤ 300 ms;"
  echo "durable writes ≥ 1,000/s (each a commit synced to disk)."
  echo
  echo '```'
  sed -n '/^Benchmark  /,$p' "$out/jmh.txt" | grep -v -E ':p0\.(00|9999)|:p1\.00'
  echo '```'
  echo
  cat "$out/floor.md"
  echo "## Start-up to the first kiosk screen"
  echo
  cat "$out/startup.txt"
  echo "(goal: with the AOT cache ≤ 0.6× without)"
  echo
  cat "$out/scanner.md"
  echo "Command: \`./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.pyykkinaru.session.ScannerBench\`"
} > "$out/report.md"
echo "Wrote $out/report.md"
