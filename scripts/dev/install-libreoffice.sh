#!/usr/bin/env bash
# LibreOffice (Writer and Calc, without the desktop), idempotent. Not needed by CI or `npm test`:
# - `npm run bench` prints the PDF figures of the import (a 200-page plan is printed to PDF by it);
# - test/portfolio-libreoffice.test.ts opens the written workbook with a second real spreadsheet
#   program (skipped with a printed reason without it);
# - `npm run import:fixtures` prints the committed PDF fixtures.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then echo "soffice: $(command -v soffice)"; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else echo "LibreOffice is missing and this user cannot install it (no root, no sudo)." >&2; exit 1; fi
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 >/dev/null
command -v soffice
