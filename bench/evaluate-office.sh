#!/usr/bin/env bash
# Evaluates the judgment engine on PDFs laid out by an office suite instead of Shinsa's own fixture
# writer: bench/office-render.py re-flows each labelled sample into a word-processor document
# (proportional fonts, justified, the word processor's own line breaks and pagination) and
# LibreOffice Writer prints it to PDF; bench/evaluate.sh's report is then produced from those PDFs.
# Not part of CI (LibreOffice is large): apt-get install -y --no-install-recommends libreoffice-writer
# Usage: bench/evaluate-office.sh [sample-dir [output-file]]
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${1:-contracts-templates/samples}
OUT=${2:-bench/out/evaluation-office.txt}
WORK=target/office-pdf/$(basename "$SAMPLES")
command -v soffice >/dev/null || { echo "needs LibreOffice: apt-get install -y --no-install-recommends libreoffice-writer" >&2; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
python3 bench/office-render.py "$SAMPLES" "$WORK"
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$WORK" "$WORK"/*.html >/dev/null
OFFLINE=${OFFLINE:--o}
mvn -q $OFFLINE test-compile
mvn -q $OFFLINE dependency:build-classpath -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=test
mkdir -p "$(dirname "$OUT")"
java -Dpdfbox.fontcache=target -Dshinsa.evaluation.pdf-dir="$WORK" \
  -cp "target/classes:target/test-classes:$(cat target/evaluation.classpath)" \
  jp.shinsa.evaluation.Evaluation "$SAMPLES" "$OUT"
