#!/usr/bin/env bash
# Optional, for developers: LibreOffice Calc, so test/portfolio-xlsx.test.ts can open the written
# workbook with a second real spreadsheet program (skipped with a printed reason without it).
# Not needed by CI. Idempotent.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then echo "soffice: $(command -v soffice)"; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
command -v soffice
