#!/usr/bin/env bash
# Starts Shinsa as a two-node cluster on this machine, everything bound to 127.0.0.1:
#   node1 http://127.0.0.1:8081  node2 http://127.0.0.1:8082  (Payara Micro, Hazelcast data grid
#   "shinsa", TCP/IP member discovery on loopback, no multicast), both on one PostgreSQL schema,
#   behind HAProxy on http://127.0.0.1:8080 (stats on :8404) with health checks on /health/ready.
# Needs target/shinsa.war (mvn -B -DskipTests package) and haproxy (apt-get install haproxy).
# Settings (environment): SHINSA_DB_URL (default: PostgreSQL 127.0.0.1:5432 db test, schema
# shinsa_cluster, created if missing), SHINSA_DB_USER (postgres), SHINSA_DB_PASSWORD,
# SHINSA_DEMO_SEED (true), SHINSA_CLUSTER_DIR (target/cluster: logs and pids), JAVA_OPTS,
# SHINSA_LB_PORT/SHINSA_NODE1_PORT/SHINSA_NODE2_PORT/SHINSA_HZ_PORT1/SHINSA_HZ_PORT2. Stop with server-config/cluster/stop-cluster.sh.
# Running it again starts only what is not running (e.g. a node that was killed).
set -euo pipefail
cd "$(dirname "$0")/../.."
export SHINSA_LB_PORT=${SHINSA_LB_PORT:-8080}
export SHINSA_LB_STATS_PORT=${SHINSA_LB_STATS_PORT:-8404}
export SHINSA_NODE1_PORT=${SHINSA_NODE1_PORT:-8081}
export SHINSA_NODE2_PORT=${SHINSA_NODE2_PORT:-8082}
export SHINSA_CLUSTER_DIR=${SHINSA_CLUSTER_DIR:-$PWD/target/cluster}
export SHINSA_DB_URL=${SHINSA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test?currentSchema=shinsa_cluster}
export SHINSA_DB_USER=${SHINSA_DB_USER:-postgres}
export SHINSA_DB_PASSWORD=${SHINSA_DB_PASSWORD:-}
export SHINSA_DEMO_SEED=${SHINSA_DEMO_SEED:-true}
JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
WAR=${SHINSA_WAR:-target/shinsa.war}
HZ_PORT1=${SHINSA_HZ_PORT1:-5900}
HZ_PORT2=${SHINSA_HZ_PORT2:-5901}

[ -f "$WAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:6.2025.10
command -v haproxy >/dev/null || { echo "haproxy missing: apt-get install -y haproxy" >&2; exit 1; }
mkdir -p "$SHINSA_CLUSTER_DIR"

# Each node migrates the schema at boot (Flyway locks, so two nodes are safe); the schema itself
# must exist first.
if [[ "$SHINSA_DB_URL" =~ ^jdbc:postgresql://([^:/]+):?([0-9]*)/([^?]+)\?.*currentSchema=([A-Za-z0-9_]+) ]] \
    && command -v psql >/dev/null; then
  PGPASSWORD="$SHINSA_DB_PASSWORD" psql -q -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]:-5432}" \
    -U "$SHINSA_DB_USER" -d "${BASH_REMATCH[3]}" \
    -c "CREATE SCHEMA IF NOT EXISTS ${BASH_REMATCH[4]}"
fi

start_node() { # name http-port hazelcast-port
  local name=$1 port=$2 hz=$3
  if [ -f "$SHINSA_CLUSTER_DIR/$name.pid" ] && kill -0 "$(cat "$SHINSA_CLUSTER_DIR/$name.pid")" 2>/dev/null; then
    echo "$name already running (pid $(cat "$SHINSA_CLUSTER_DIR/$name.pid"))"
    return
  fi
  mkdir -p "$SHINSA_CLUSTER_DIR/$name"
  # --nohostaware: both members share 127.0.0.1, and host-aware partitioning would refuse to
  # keep backups (web sessions) on a member with the same address as the owner.
  nohup java ${JAVA_OPTS:--Xmx768m} \
    -Dshinsa.node.name="$name" -Dshinsa.data.dir="$SHINSA_CLUSTER_DIR/$name" \
    -Dpdfbox.fontcache="$SHINSA_CLUSTER_DIR" -Dhazelcast.socket.bind.any=false \
    -jar "$JAR" --deploy "$WAR" --contextroot / --name "$name" --port "$port" \
    --clustername shinsa --clustermode "tcpip:127.0.0.1:$HZ_PORT1,127.0.0.1:$HZ_PORT2" \
    --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --startport "$hz" --nohostaware \
    --disablephonehome --prebootcommandfile server-config/cluster/pre-boot-commands.asadmin \
    --postbootcommandfile server-config/post-boot-commands.asadmin \
    > "$SHINSA_CLUSTER_DIR/$name.log" 2>&1 &
  echo $! > "$SHINSA_CLUSTER_DIR/$name.pid"
  echo "$name: pid $(cat "$SHINSA_CLUSTER_DIR/$name.pid"), http://127.0.0.1:$port, log $SHINSA_CLUSTER_DIR/$name.log"
}

await_ready() { # name port
  local name=$1 port=$2 deadline=$((SECONDS + ${SHINSA_BOOT_TIMEOUT:-240}))
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$(cat "$SHINSA_CLUSTER_DIR/$name.pid")" 2>/dev/null \
      || { echo "$name exited; see $SHINSA_CLUSTER_DIR/$name.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "$name not ready in time" >&2; exit 1; }
    sleep 1
  done
  echo "$name ready"
}

# One node first, so that the schema migration and demo seed run once without a race.
start_node node1 "$SHINSA_NODE1_PORT" "$HZ_PORT1"
await_ready node1 "$SHINSA_NODE1_PORT"
start_node node2 "$SHINSA_NODE2_PORT" "$HZ_PORT2"
await_ready node2 "$SHINSA_NODE2_PORT"

[ -f "$SHINSA_CLUSTER_DIR/haproxy.pid" ] && kill -0 "$(cat "$SHINSA_CLUSTER_DIR/haproxy.pid")" 2>/dev/null \
  || haproxy -f server-config/cluster/haproxy.cfg -D -p "$SHINSA_CLUSTER_DIR/haproxy.pid"
echo "haproxy: http://127.0.0.1:$SHINSA_LB_PORT (stats http://127.0.0.1:$SHINSA_LB_STATS_PORT/)"
grep -ho 'Members {size:[0-9]*' "$SHINSA_CLUSTER_DIR"/node2.log | tail -1 || true
