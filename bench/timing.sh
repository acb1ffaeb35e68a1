#!/usr/bin/env bash
# Times judging against raw PDFBox text extraction on a ~30-page contract (see JudgeTiming).
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
mvn -q $OFFLINE test-compile
mvn -q $OFFLINE dependency:build-classpath -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=test
java -Dpdfbox.fontcache=target -cp "target/classes:target/test-classes:$(cat target/evaluation.classpath)" \
  jp.shinsa.evaluation.JudgeTiming "$@"
