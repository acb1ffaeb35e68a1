#!/usr/bin/env bash
# Measures cold start (process start to first HTTP 200 on the login page) and idle RSS of the
# portal on the embedded database. Needs target/shinsa.war (mvn -DskipTests package).
# Usage: server-config/measure-start.sh [runs]   (JAVA_OPTS passes JVM options)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-8089}
JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
[ -f target/shinsa.war ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:6.2025.10
for run in $(seq 1 "$RUNS"); do
  DATA=$(mktemp -d)
  start=$(date +%s%N)
  java ${JAVA_OPTS:-} -Dshinsa.data.dir="$DATA" -jar "$JAR" --deploy target/shinsa.war --contextroot / \
    --nocluster --disablephonehome --port "$PORT" > "$DATA/log.txt" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml" 2>/dev/null | grep -q 200; do
    sleep 0.2
    kill -0 $pid 2>/dev/null || { echo "Payara exited; see $DATA/log.txt" >&2; exit 1; }
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 20
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "run $run: first 200 after ${ready} ms, idle RSS ${rss} MB"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$DATA"
done
