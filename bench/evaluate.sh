#!/usr/bin/env bash
# Evaluates the judgment engine over the labelled sample corpus through the PDF path
# (ContractPdfWriter → ContractPdfParser → ContractJudge) and writes bench/out/evaluation.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
mvn -q $OFFLINE test-compile
mvn -q $OFFLINE dependency:build-classpath -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=test
mkdir -p bench/out
java -Dpdfbox.fontcache=target -cp "target/classes:target/test-classes:$(cat target/evaluation.classpath)" \
  jp.shinsa.evaluation.Evaluation contracts-templates/samples bench/out/evaluation.txt
