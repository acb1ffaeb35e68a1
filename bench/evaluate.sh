#!/usr/bin/env bash
# Evaluates the judgment engine over the labelled sample corpus through the PDF path
# (ContractPdfWriter → ContractPdfParser → ContractJudge) and writes bench/out/evaluation.txt.
# Usage: bench/evaluate.sh [sample-dir [output-file]]
#   (defaults: contracts-templates/samples bench/out/evaluation.txt; e.g. a held-out set:
#    bench/evaluate.sh contracts-templates/heldout bench/out/evaluation-heldout.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
mvn -q $OFFLINE test-compile
mvn -q $OFFLINE dependency:build-classpath -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=test
SAMPLES=${1:-contracts-templates/samples}
OUT=${2:-bench/out/evaluation.txt}
mkdir -p "$(dirname "$OUT")"
java -Dpdfbox.fontcache=target -cp "target/classes:target/test-classes:$(cat target/evaluation.classpath)" \
  jp.shinsa.evaluation.Evaluation "$SAMPLES" "$OUT"
