#!/usr/bin/env bash
# Measures cold start (process start to first HTTP 200 on the login page) and idle RSS of the
# portal on the embedded database, started the way `mvn payara-micro:start` starts it (the runtime
# prepared by server-config/payara-runtime.sh: launcher + class-data archive; a fresh data
# directory each run, so Flyway and the demo seed run every time). Also prints the process's CPU
# time at the first 200 (user+sys), which other work on the machine disturbs far less than the
# wall clock, and the load average at that moment.
# Needs target/shinsa.war (mvn -B -DskipTests package).
# Usage: server-config/measure-start.sh [runs]
#   JAVA_OPTS      extra JVM options (the JIT thresholds of a start are in server-config/jit-startup.args)
#   MODE=jar       the plain `java -jar payara-micro.jar` start (before the prepared runtime)
#   IDLE_SECONDS   wait after the first 200 before reading RSS (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-8089}
MODE=${MODE:-runtime}
IDLE_SECONDS=${IDLE_SECONDS:-20}
JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
RUNTIME=${SHINSA_RUNTIME_DIR:-target/payara-runtime}
[ -f target/shinsa.war ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:6.2025.10
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is in use; set PORT=" >&2
  exit 1
fi
if [ "$MODE" = jar ]; then
  LAUNCH=(-jar "$JAR")
else
  server-config/payara-runtime.sh "$RUNTIME" target/shinsa.war
  LAUNCH=(-XX:SharedArchiveFile="$RUNTIME/shinsa.jsa" -XX:+UnlockDiagnosticVMOptions
    -XX:ArchiveRelocationMode=0 -XX:+UseSerialGC @server-config/jit-startup.args
    -Dhazelcast.phone.home.enabled=false
    -jar "$RUNTIME/launch-micro.jar" --domainconfig "$RUNTIME/pristine-domain.xml")
fi
TICKS=$(getconf CLK_TCK)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null' EXIT
for run in $(seq 1 "$RUNS"); do
  DATA=$(mktemp -d)
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -Dshinsa.data.dir="$DATA" -Dpdfbox.fontcache="$DATA" "${LAUNCH[@]}" \
    --deploy target/shinsa.war --contextroot / --nocluster --disablephonehome --port "$PORT" \
    --postbootcommandfile server-config/post-boot-commands.asadmin > "$DATA/log.txt" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml" 2>/dev/null | grep -q 200; do
    sleep 0.1
    kill -0 $pid 2>/dev/null || { echo "Payara exited; see $DATA/log.txt" >&2; exit 1; }
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v t="$TICKS" '{printf "%.1f", ($14+$15)/t}' /proc/$pid/stat)
  load=$(cut -d' ' -f1 /proc/loadavg)
  sleep "$IDLE_SECONDS"
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "run $run: first 200 after ${ready} ms (CPU ${cpu} s), idle RSS ${rss} MB, load ${load}"
  kill $pid; wait $pid 2>/dev/null || true
  pid=
  rm -rf "$DATA"
done
