#!/usr/bin/env bash
# Every Shinsa benchmark in one run, one after another, written to bench/out/summary.md (one
# table: figure, command, target, met or not, machine load when measured) with the raw outputs
# beside it in bench/out/. Needs: Maven (offline repo warmed), PostgreSQL on 127.0.0.1:5432 (trust,
# db test; the run uses its own schema shinsa_bench, dropped and recreated), haproxy for the
# cluster rows (apt-get install -y haproxy; skipped when missing), tesseract for OCR.
#
# Steps:
#   1. build the WAR and test classes (and the prepared Payara runtime, see server-config/payara-runtime.sh)
#   2. ingestion and ingestion+judgment vs raw PDFBox   (bench/ingest-benchmark.sh)
#   3. OCR of one scanned page                          (TesseractOcrTest, surefire time)
#   4. cold start and idle RSS, embedded H2, 3 runs     (server-config/measure-start.sh)
#   5. one portal on PostgreSQL: upload-to-findings through REST for ~30 pages (5 runs) and for
#      10/50/200 pages (3 runs each)                    (jp.shinsa.bench.PortalProbe upload)
#   6. stored contracts 100 / 1,000 / 10,000 (bench/seed-contracts.sql replicates analysed
#      contracts): page and REST latency and upload-to-findings at each size (PortalProbe latency)
#      and, at 1,000, the 50-user load test on that node (bench/load/run-load.sh) and on the
#      two-node cluster behind HAProxy (server-config/cluster/start-cluster.sh)
# Ports 18380-18399 and 18580-18599 on 127.0.0.1; every process it starts is stopped on exit.
# QUICK=1 shortens every step (smoke test of the script itself; figures not comparable).
# STEPS="ingest ocr start pg" (default: all) picks steps; SIZES="100 1000 10000" the store sizes.
# Usage: bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT"
LOG=$OUT/run-all.log
: > "$LOG"
SCHEMA=shinsa_bench
PGURL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
PSQL=(psql -q -X -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1)
NODE_PORT=18581
QUICK=${QUICK:-}
LOAD_SECONDS=${QUICK:+10}; LOAD_SECONDS=${LOAD_SECONDS:-45}
PROBE_REQUESTS=${QUICK:+5}; PROBE_REQUESTS=${PROBE_REQUESTS:-30}
SIZES=${SIZES:-${QUICK:+20 40}}; SIZES=${SIZES:-100 1000 10000}
START_RUNS=${QUICK:+1}; START_RUNS=${START_RUNS:-3}
UPLOAD_RUNS=${QUICK:+1}; UPLOAD_RUNS=${UPLOAD_RUNS:-3}
T0=$SECONDS
ROWS=()
node_pid=
STEPS=${STEPS:-ingest ocr start pg}
want() { [[ " $STEPS " == *" $1 "* ]]; }

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$LOG" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
row() { ROWS+=("| $1 | $2 | \`$3\` | $4 | $5 | $6 |"); summary; }   # what figure command target met load
met() { awk -v a="$1" -v b="$2" -v op="$3" 'BEGIN { r = (op == "<") ? a < b : a >= b; print r ? "met" : "**not met**" }'; }

# The summary is rewritten after every row, so an interrupted run still leaves what it measured.
summary() {
{
    echo "# Shinsa benchmarks, one run"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), by \`bench/run-all.sh\` in $(( (SECONDS - T0) / 60 )) min${QUICK:+ (QUICK smoke run: not comparable)}."
    echo "Load = load average (1/5/15 min) when the row was measured: on a shared machine wall-clock"
    echo "figures include the neighbours' work. Raw outputs: \`bench/out/\`."
    echo
    echo "| What | Figure | Command | Target | Met | Load |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    if want ingest; then
      echo "## Ingestion benchmark output"
      echo
      echo '```'
      { grep -v '^\[' "$OUT/ingest-run.txt" 2>/dev/null || true; } | tail -40
      echo '```'
    fi
  } > "$OUT/summary.md"
}

cleanup() {
  [ -n "$node_pid" ] && kill "$node_pid" 2>/dev/null && wait "$node_pid" 2>/dev/null
  SHINSA_CLUSTER_DIR=$PWD/target/bench-cluster server-config/cluster/stop-cluster.sh >/dev/null 2>&1 || true
}
trap cleanup EXIT

probe() { java -Xmx256m -Dpdfbox.fontcache=target -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" jp.shinsa.bench.PortalProbe "$@"; }

# ---------------------------------------------------------------------------------------------
log "1. build"
mvn -B -q -o -DskipTests package >> "$LOG" 2>&1
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >> "$LOG" 2>&1

# ---------------------------------------------------------------------------------------------
if want ingest; then
log "2. ingestion benchmark"
L=$(load)
if bench/ingest-benchmark.sh > "$OUT/ingest-run.txt" 2>&1; then
  row "Ingestion and ingestion+judgment pages/s vs raw PDFBox (10/50/200-page ja and en contracts)" \
    "see \`bench/out/ingest-run.txt\` (ratio columns)" "bench/ingest-benchmark.sh" "i+j ≥ 0.70 of raw" \
    "see output" "$L"
else
  row "Ingestion benchmark" "failed, see bench/out/ingest-run.txt" "bench/ingest-benchmark.sh" "i+j ≥ 0.70" "—" "$L"
fi
fi

# ---------------------------------------------------------------------------------------------
if want ocr; then
log "3. OCR"
L=$(load)
if mvn -B -q -o test -Dtest='TesseractOcrTest#scannedPageIsReadByOcrAndMarked' \
    -Dsurefire.failIfNoSpecifiedTests=false > "$OUT/ocr.txt" 2>&1; then
  s=$(grep -o 'name="scannedPageIsReadByOcrAndMarked"[^>]*time="[0-9.]*"' \
      target/surefire-reports/TEST-*TesseractOcrTest.xml | grep -o 'time="[0-9.]*"' | tr -dc '0-9.')
  row "OCR of one scanned Japanese page (Tesseract jpn+eng, 300 dpi), test wall time incl. setup" \
    "$(awk -v s="$s" 'BEGIN { printf "%.1f s/page (%.2f pages/s)", s, 1/s }')" \
    "mvn -o test -Dtest='TesseractOcrTest#scannedPageIsReadByOcrAndMarked'" "—" "—" "$L"
else
  row "OCR of one scanned page" "failed (tesseract installed?), see bench/out/ocr.txt" "TesseractOcrTest" "—" "—" "$L"
fi
fi

# ---------------------------------------------------------------------------------------------
if want start; then
log "4. cold start and idle RSS"
server-config/measure-start.sh "$START_RUNS" | tee "$OUT/start.txt" | tee -a "$LOG" >&2
read -r smin smax < <(grep -o 'after [0-9]* ms' "$OUT/start.txt" | awk '{print $2/1000}' | sort -n | awk 'NR==1{a=$1} {b=$1} END{print a, b}')
read -r rmin rmax < <(grep -o 'RSS [0-9]* MB' "$OUT/start.txt" | awk '{print $2}' | sort -n | awk 'NR==1{a=$1} {b=$1} END{print a, b}')
cpus=$(grep -o 'CPU [0-9.]* s' "$OUT/start.txt" | awk '{print $2}' | paste -sd/ -)
loads=$(grep -o 'load [0-9.]*' "$OUT/start.txt" | awk '{print $2}' | paste -sd/ -)
row "Cold start: process start → first HTTP 200, embedded H2, demo seed ($START_RUNS runs)" \
  "**${smin}–${smax} s** (process CPU ${cpus} s)" "server-config/measure-start.sh" "< 10 s" "$(met "$smax" 10 '<')" "$loads"
row "Idle RSS, 20 s after the first 200" "**${rmin}–${rmax} MB**" "server-config/measure-start.sh" \
  "< 600 MB" "$(met "$rmax" 600 '<')" "$loads"
fi

# ---------------------------------------------------------------------------------------------
if want pg; then
log "5. portal on PostgreSQL (schema $SCHEMA)"
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >> "$LOG" 2>&1
RUNTIME=target/payara-runtime
DATA=$(mktemp -d)
java -XX:+UseSerialGC -Dshinsa.data.dir="$DATA" -Dpdfbox.fontcache="$DATA" -Dshinsa.db.url="$PGURL" \
  -Dshinsa.db.user=postgres -Dshinsa.db.password= -Dshinsa.demo.seed=true \
  -XX:SharedArchiveFile="$RUNTIME/shinsa.jsa" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 @server-config/jit-startup.args -Dhazelcast.phone.home.enabled=false \
  -jar "$RUNTIME/launch-micro.jar" --domainconfig "$RUNTIME/pristine-domain.xml" \
  --deploy target/shinsa.war --contextroot / --nocluster --disablephonehome --port "$NODE_PORT" \
  --postbootcommandfile server-config/post-boot-commands.asadmin > "$OUT/node.log" 2>&1 &
node_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$NODE_PORT/health/ready"; do
  kill -0 "$node_pid" 2>/dev/null || { log "node exited, see $OUT/node.log"; exit 1; }
  sleep 1
done
BASE="http://127.0.0.1:$NODE_PORT/"
# A first upload warms the analysis path (JIT, catalogue) so the timed ones see a running portal.
probe upload "$BASE" 1 10 >> "$LOG" 2>&1
L=$(load)
probe upload "$BASE" "$(( UPLOAD_RUNS + 2 ))" 30 | tee -a "$OUT/upload.txt" | tee -a "$LOG" >&2
m30=$(grep -o 'median_ms=[0-9]*' "$OUT/upload.txt" | tail -1 | cut -d= -f2)
row "Upload → findings available, ~30-page contract, REST (upload, poll status, read findings), median" \
  "**$(awk -v m="$m30" 'BEGIN{printf "%.2f", m/1000}') s** ($(grep 'pages=' "$OUT/upload.txt" | tail -1 | sed 's/probe: upload-to-findings //'))" \
  "PortalProbe upload <url> $(( UPLOAD_RUNS + 2 )) 30" "< 1.5 s" "$(met "$m30" 1500 '<')" "$L"
L=$(load)
probe upload "$BASE" "$UPLOAD_RUNS" 10 50 200 | tee -a "$OUT/upload.txt" | tee -a "$LOG" >&2
growth=$(grep 'pages=' "$OUT/upload.txt" | tail -3 | awk '{split($3,p,"="); split($4,m,"="); printf "%s p: %.2f s; ", p[2], m[2]/1000}')
row "Upload → findings by contract size (median)" "${growth%; }" "PortalProbe upload <url> 3 10 50 200" "—" "—" "$L"

# ---------------------------------------------------------------------------------------------
log "6. stored contracts: $SIZES"
for n in $SIZES; do
  log "   seeding to $n contracts"
  PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -v target="$n" -f bench/seed-contracts.sql >> "$LOG" 2>&1
  L=$(load)
  # A failing probe (e.g. a page that errors at this size) is recorded, not fatal.
  probe latency "$BASE" "$PROBE_REQUESTS" 2>&1 | tee "$OUT/latency-$n.txt" | tee -a "$LOG" >&2 || true
  probe upload "$BASE" "$UPLOAD_RUNS" 30 2>&1 | tee "$OUT/upload-$n.txt" | tee -a "$LOG" >&2 || true
  if grep -q Exception "$OUT/latency-$n.txt"; then
    row "$n stored contracts" "probe failed: $(grep -m1 -o 'IllegalStateException: .*' "$OUT/latency-$n.txt")" \
      "PortalProbe latency" "p95 < 150 ms" "**not met**" "$(load)"
  fi
  lat=$(awk '/probe: latency/ {split($5,a,"="); split($6,b,"="); printf "%s %s/%s; ", $3, a[2], b[2]}' "$OUT/latency-$n.txt")
  up=$(grep -o 'median_ms=[0-9]*' "$OUT/upload-$n.txt" | cut -d= -f2 || echo 0)
  worst=$(awk '/probe: latency/ {split($6,b,"="); if (b[2] > w) w = b[2]} END {print w + 0}' "$OUT/latency-$n.txt")
  row "$n stored contracts: p50/p95 ms per request (one client) and upload → findings (30 p)" \
    "${lat}upload→findings $(awk -v m="$up" 'BEGIN{printf "%.2f", m/1000}') s" \
    "bench/seed-contracts.sql + PortalProbe latency" "p95 < 150 ms" "$(met "$worst" 150 '<')" "$L"
  if [ "$n" = 1000 ] || [ -n "$QUICK" -a "$n" = "${SIZES%% *}" ]; then
    log "   load test, one node, $n contracts"
    L=$(load)
    bench/load/run-load.sh "$BASE" 50 "$LOAD_SECONDS" 1000 10 3000 > "$OUT/load-node-$n.txt" 2>&1 || true
    all=$(grep '^ALL browsing' "$OUT/load-node-$n.txt" || echo "ALL browsing 0 0 0 0 0 -1")
    read -r _ _ cnt p50 p95 p99 _ errs <<< "$all"
    row "Load, one node, $n stored contracts: 50 users browsing (JSF + REST) + upload every 3 s, ${LOAD_SECONDS} s" \
      "$cnt requests, p50 $p50 / **p95 $p95** / p99 $p99 ms, **$errs errors**" \
      "bench/load/run-load.sh <node> 50 $LOAD_SECONDS" "p95 < 150 ms, 0 errors" \
      "$( [ "$errs" = 0 ] && met "$p95" 150 '<' || echo '**not met**')" "$L"
    if command -v haproxy >/dev/null; then
      log "   load test, two-node cluster, $n contracts"
      kill "$node_pid"; wait "$node_pid" 2>/dev/null || true; node_pid=
      export SHINSA_CLUSTER_DIR=$PWD/target/bench-cluster SHINSA_DB_URL=$PGURL SHINSA_DEMO_SEED=true \
        SHINSA_LB_PORT=18580 SHINSA_NODE1_PORT=18582 SHINSA_NODE2_PORT=18583 SHINSA_LB_STATS_PORT=18584 \
        SHINSA_HZ_PORT1=18590 SHINSA_HZ_PORT2=18591
      server-config/cluster/start-cluster.sh >> "$LOG" 2>&1
      L=$(load)
      bench/load/run-load.sh "http://127.0.0.1:18580/" 50 "$LOAD_SECONDS" 1000 10 3000 > "$OUT/load-cluster-$n.txt" 2>&1 || true
      server-config/cluster/stop-cluster.sh >> "$LOG" 2>&1
      all=$(grep '^ALL browsing' "$OUT/load-cluster-$n.txt" || echo "ALL browsing 0 0 0 0 0 -1")
      read -r _ _ cnt p50 p95 p99 _ errs <<< "$all"
      row "Load, two-node cluster behind HAProxy, $n stored contracts, same mix" \
        "$cnt requests, p50 $p50 / **p95 $p95** / p99 $p99 ms, **$errs errors**" \
        "server-config/cluster/start-cluster.sh; bench/load/run-load.sh http://127.0.0.1:18580/ 50 $LOAD_SECONDS" \
        "p95 < 150 ms, 0 errors" "$( [ "$errs" = 0 ] && met "$p95" 150 '<' || echo '**not met**')" "$L"
      log "   restarting the single node"
      java -XX:+UseSerialGC -Dshinsa.data.dir="$DATA" -Dpdfbox.fontcache="$DATA" -Dshinsa.db.url="$PGURL" \
        -Dshinsa.db.user=postgres -Dshinsa.db.password= \
        -XX:SharedArchiveFile="$RUNTIME/shinsa.jsa" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 @server-config/jit-startup.args -Dhazelcast.phone.home.enabled=false \
        -jar "$RUNTIME/launch-micro.jar" --domainconfig "$RUNTIME/pristine-domain.xml" \
        --deploy target/shinsa.war --contextroot / --nocluster --disablephonehome --port "$NODE_PORT" \
        --postbootcommandfile server-config/post-boot-commands.asadmin >> "$OUT/node.log" 2>&1 &
      node_pid=$!
      until curl -sf -o /dev/null "http://127.0.0.1:$NODE_PORT/health/ready"; do
        kill -0 "$node_pid" 2>/dev/null || { log "node exited, see $OUT/node.log"; exit 1; }
        sleep 1
      done
    else
      row "Load, two-node cluster" "not measured: haproxy missing (apt-get install -y haproxy)" "—" "—" "—" "—"
    fi
  fi
done
rm -rf "$DATA"
fi

summary
log "done in $(( (SECONDS - T0) / 60 )) min: $OUT/summary.md"
