#!/usr/bin/env bash
# Stops what start-cluster.sh started (by the pids it recorded), HAProxy first.
set -uo pipefail
cd "$(dirname "$0")/../.."
SHINSA_CLUSTER_DIR=${SHINSA_CLUSTER_DIR:-$PWD/target/cluster}
for name in haproxy node2 node1; do
  f="$SHINSA_CLUSTER_DIR/$name.pid"
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped $name ($pid)"
  fi
  rm -f "$f"
done
