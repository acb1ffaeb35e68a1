#!/usr/bin/env bash
# Ingestion benchmark: raw PDFBox text extraction vs Shinsa's full ingestion, pages per second,
# on generated Japanese and English contracts of 10, 50 and 200 pages.
# Usage: bench/ingest-benchmark.sh        (output also written to bench/out/ingest.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
OFFLINE=${OFFLINE--o}
mvn -q $OFFLINE test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.mainClass=jp.shinsa.infrastructure.pdf.IngestBenchmark \
  -Dexec.classpathScope=test \
  -Dpdfbox.fontcache="$PWD/target" | tee bench/out/ingest.txt
