#!/usr/bin/env bash
# Debian packages the test suite and OCR need: headless Chromium + its driver for browser tests,
# Tesseract with Japanese and English for scanned pages, IPA fonts so generated PDFs and reports
# embed a Japanese font, and PostgreSQL server binaries (initdb, pg_ctl) for PgRestartIT, which
# starts and crashes a private server of its own. Idempotent; needs root (or sudo).
set -euo pipefail
PACKAGES=(chromium chromium-driver tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng
          fonts-ipafont-gothic fonts-ipafont-mincho)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Any installed server version will do; Debian's metapackage brings the current one.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "prerequisites: ${PACKAGES[*]} and PostgreSQL server binaries present"
