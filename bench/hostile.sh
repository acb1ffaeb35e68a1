#!/bin/sh
# Full-scale hostile-PDF run (production page limit 1,000, compression bombs of 512 MB) on a
# deliberately small heap, to show that memory stays bounded. Prints the summary table for the README.
# Usage: bench/hostile.sh [output-dir] [max-heap]   (defaults: a temp dir, 512m)
set -eu
cd "$(dirname "$0")/.."
OUT="${1:-$(mktemp -d /tmp/shinsa-hostile-XXXXXX)}"
HEAP="${2:-512m}"
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/hostile.classpath -Dmdep.includeScope=test \
  || mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/hostile.classpath -Dmdep.includeScope=test
# Run from a copy of the classes so that a rebuild during the run cannot pull them away.
CLASSES="$(mktemp -d /tmp/shinsa-hostile-classes-XXXXXX)"
cp -r target/classes target/test-classes "$CLASSES"/
trap 'rm -rf "$CLASSES"' EXIT
java -Xmx"$HEAP" -XX:+UseSerialGC -Djava.awt.headless=true -Dpdfbox.fontcache=target \
  -Djava.util.logging.config.file=bench/hostile-logging.properties \
  -cp "$CLASSES/classes:$CLASSES/test-classes:$(cat target/hostile.classpath)" \
  jp.shinsa.fixtures.hostile.HostileBench "$OUT"
