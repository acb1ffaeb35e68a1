#!/usr/bin/env bash
# Prepares the Payara Micro runtime that `mvn payara-micro:start` and measure-start.sh launch, so
# that a start does not pay again for work that is the same on every start:
#  1. the runtime unpacked once into a root directory with a launcher jar (--outputlauncher)
#     instead of unpacking the 100 MB payara-micro.jar into a fresh temp dir on every start;
#  2. a class-data-sharing archive (AppCDS, JDK 17 dynamic archive) recorded by one training
#     start (--warmup: boot, deploy the WAR, stop). Later starts map the ~20,000 classes of Payara,
#     PrimeFaces, EclipseLink, Flyway and Shinsa from it instead of reading, parsing and verifying
#     them from jars. The JVM checks the archive against the JDK and the class path and ignores it
#     (with a warning) when they differ; classes of a rebuilt WAR whose bytes changed are loaded
#     from the WAR as usual, so a stale archive is slower, never wrong.
#  3. a pristine domain.xml: a root directory remembers deployed applications, and reusing it
#     as is would deploy the WAR twice (once remembered, once from --deploy).
# Idempotent: does nothing when the directory is ready. Never fails the build: without the
# archive the portal still starts, only slower. SHINSA_CDS=false skips the archive (step 2).
# Usage: server-config/payara-runtime.sh [root-dir] [war]   (default target/payara-runtime, target/shinsa.war)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=${1:-target/payara-runtime}
WAR=${2:-target/shinsa.war}
JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
JAVA=${JAVA:-java}
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:6.2025.10 || exit 0
mkdir -p "$ROOT"
ROOT=$(cd "$ROOT" && pwd)
# The archive is only valid for the JDK that wrote it.
JDK=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.version/ {print $2}')

if [ ! -f "$ROOT/launch-micro.jar" ] || [ ! -f "$ROOT/pristine-domain.xml" ]; then
  rm -rf "$ROOT" && mkdir -p "$ROOT"
  "$JAVA" -jar "$JAR" --rootdir "$ROOT" --outputlauncher > "$ROOT/outputlauncher.log" 2>&1 \
    || { echo "payara-runtime: could not unpack Payara Micro, see $ROOT/outputlauncher.log" >&2; exit 0; }
  cp "$ROOT/config/domain.xml" "$ROOT/pristine-domain.xml"
fi

[ "${SHINSA_CDS:-true}" = false ] && exit 0
if [ -f "$ROOT/shinsa.jsa" ] && [ "$(cat "$ROOT/shinsa.jsa.jdk" 2>/dev/null)" = "$JDK" ]; then
  exit 0
fi
[ -f "$WAR" ] || { echo "payara-runtime: no $WAR yet, class-data archive not made" >&2; exit 0; }
echo "payara-runtime: one training start to record the class-data archive (once per JDK and checkout)"
DATA=$(mktemp -d)
rm -f "$ROOT/shinsa.jsa.tmp"
"$JAVA" -XX:ArchiveClassesAtExit="$ROOT/shinsa.jsa.tmp" -Dhazelcast.phone.home.enabled=false \
  -Dshinsa.data.dir="$DATA" -Dpdfbox.fontcache="$DATA" \
  -jar "$ROOT/launch-micro.jar" --domainconfig "$ROOT/pristine-domain.xml" \
  --deploy "$WAR" --contextroot / --nocluster --disablephonehome \
  --port "${SHINSA_TRAINING_PORT:-18380}" --autobindhttp --warmup > "$ROOT/training.log" 2>&1
if [ -s "$ROOT/shinsa.jsa.tmp" ] && grep -q "was successfully deployed" "$ROOT/training.log"; then
  mv -f "$ROOT/shinsa.jsa.tmp" "$ROOT/shinsa.jsa"
  echo "$JDK" > "$ROOT/shinsa.jsa.jdk"
  echo "payara-runtime: $ROOT/shinsa.jsa ($(du -m "$ROOT/shinsa.jsa" | cut -f1) MB)"
else
  rm -f "$ROOT/shinsa.jsa.tmp"
  echo "payara-runtime: training start failed, see $ROOT/training.log; starting without the archive" >&2
fi
rm -rf "$DATA"
exit 0
