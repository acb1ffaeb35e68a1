#!/usr/bin/env bash
# Ingestion benchmark: raw PDFBox text extraction vs Shinsa's ingestion, ingestion + judging, and
# the whole chain with storing, pages per second, on generated Japanese and English contracts of
# 10, 50 and 200 pages.
# Usage: bench/ingest-benchmark.sh        (output also written to bench/out/ingest.txt)
#        JAVA_OPTS="-Dbench.iterations=3 -Dbench.warmup=1" bench/ingest-benchmark.sh   (a short run)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
OFFLINE=${OFFLINE--o}
mvn -q $OFFLINE test-compile
mvn -q $OFFLINE dependency:build-classpath -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=test
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Dpdfbox.fontcache="$PWD/target" \
  -cp "target/classes:target/test-classes:$(cat target/evaluation.classpath)" \
  jp.shinsa.infrastructure.pdf.IngestBenchmark | tee bench/out/ingest.txt
