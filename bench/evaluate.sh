#!/usr/bin/env bash
# Evaluates the judgment engine over the labelled sample corpus through the PDF path
# (ContractPdfWriter → ContractPdfParser → ContractJudge) and writes bench/out/evaluation.txt.
# Usage: bench/evaluate.sh [sample-dir [output-file]]
#   (defaults: contracts-templates/samples bench/out/evaluation.txt; e.g. a held-out set:
#    bench/evaluate.sh contracts-templates/heldout4 bench/out/evaluation-heldout.txt)
#        bench/evaluate.sh --bank [bank-dir [output-file]]
#   judges each phrase-bank entry (contracts-templates/phrasebank/*.json) as a small document
#   through the same path and writes bench/out/evaluation-phrasebank.txt: tuning part (odd ids
#   and ids = 2 mod 4, failures listed) and check quarter (ids divisible by 4, aggregate only).
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=jp.shinsa.evaluation.Evaluation
DEFAULT_IN=contracts-templates/samples
DEFAULT_OUT=bench/out/evaluation.txt
if [[ "${1:-}" == "--bank" ]]; then
  shift
  MAIN=jp.shinsa.evaluation.PhraseBankEvaluation
  DEFAULT_IN=contracts-templates/phrasebank
  DEFAULT_OUT=bench/out/evaluation-phrasebank.txt
fi
OFFLINE=${OFFLINE:--o}
mvn -q $OFFLINE test-compile
mvn -q $OFFLINE dependency:build-classpath -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=test
IN=${1:-$DEFAULT_IN}
OUT=${2:-$DEFAULT_OUT}
mkdir -p "$(dirname "$OUT")"
java -Dpdfbox.fontcache=target -cp "target/classes:target/test-classes:$(cat target/evaluation.classpath)" \
  "$MAIN" "$IN" "$OUT"
