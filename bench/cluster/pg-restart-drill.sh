#!/usr/bin/env bash
# PostgreSQL outage drill against a running cluster (server-config/cluster/start-cluster.sh):
# uploads every 0.5 s through HAProxy for 75 s; PostgreSQL is stopped 10 s in and started again
# 10 s later. Prints upload outcomes per phase (before/down/after), what the portal answered while
# the database was away, readiness of both nodes meanwhile, and checks that every acknowledged
# upload is present and analysed afterwards (exit 0). Stops the machine's shared PostgreSQL for
# ~10 s: not for CI. PG_STOP / PG_START override the commands (default: cluster 15/main).
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=target/bench-classpath.txt
if [ ! -d target/test-classes/jp/shinsa/cluster ] || [ ! -f "$CP_FILE" ]; then
  mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
exec java -Xmx512m -Dpdfbox.fontcache=target \
  -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  jp.shinsa.cluster.PgRestartDrill "${1:-http://127.0.0.1:8080/}" \
  "${2:-http://127.0.0.1:8081/}" "${3:-http://127.0.0.1:8082/}"
