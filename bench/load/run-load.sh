#!/usr/bin/env bash
# Runs the load generator (jp.shinsa.cluster.LoadGenerator, in the test tree) against a running
# portal: 50 users browsing JSF pages and REST with Basic auth (own cookie jar each, think time
# 0.5-1.5 s), plus one background client uploading a contract every 3 s; prints p50/p95/p99.
# Usage: bench/load/run-load.sh [base-url=http://127.0.0.1:8080/] [users=50] [seconds=60]
#        [thinkMs=1000] [warmupSeconds=10] [uploadEveryMs=3000]
# Single node: start one (e.g. mvn -DskipTests package payara-micro:start, or start-cluster.sh and
# point at :8081); cluster: server-config/cluster/start-cluster.sh, then the default URL (HAProxy).
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=target/bench-classpath.txt
if [ ! -d target/test-classes/jp/shinsa/cluster ] || [ ! -f "$CP_FILE" ]; then
  mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
exec java -Xmx512m -Dpdfbox.fontcache=target ${LOAD_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  jp.shinsa.cluster.LoadGenerator "${1:-http://127.0.0.1:8080/}" "${@:2}"
