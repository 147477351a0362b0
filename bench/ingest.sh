#!/usr/bin/env bash
# The PDF, EPUB and DOCX readers, measured (docs/quality.md, "Reading PDF, EPUB and DOCX"):
#  1. the 40 Wikinews articles made into PDF, EPUB and DOCX by every producer, LibreOffice included, and read back:
#     word-sequence similarity with the source per file, summed up per producer (ProducedDocumentsTest);
#  2. real documents from Debian's documentation packages, opened as smoke tests (RealDocumentsSmokeTest).
# Needs groff, ghostscript, pandoc and LibreOffice (apt-get install groff ghostscript pandoc
# libreoffice-writer-nogui) and apt-get download for step 2. Not part of CI: LibreOffice is large and slow.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in groff ps2pdf pandoc soffice; do
  command -v "$tool" >/dev/null || { echo "bench/ingest.sh: $tool is missing" >&2; exit 1; }
done

docs=target/bench-docs
debs=target/bench-debs
rm -rf "$docs" "$debs" && mkdir -p "$docs" "$debs"
(cd "$debs" && apt-get download -q gnuplot-doc live-manual-epub live-manual-pdf ubuntu-packaging-guide-epub \
  debian-handbook >/dev/null 2>&1)
for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$debs/unpacked"; done
# A sample of each: English manuals, and three of the handbook's diagrams (PDFs with little text).
find "$debs/unpacked" \( -name '*.en.epub' -o -name 'ubuntu-packaging-guide.epub' -o -name 'gnuplot.pdf' \) \
  -exec cp {} "$docs/" \;
{ find "$debs/unpacked" -name 'live-manual.portrait.en.a4.pdf.gz'
  find "$debs/unpacked" -path '*debian-handbook/html/*/images/*.pdf.gz' | sort | head -3; } | while read -r gz; do
  gunzip -c "$gz" > "$docs/$(basename "${gz%.gz}")"
done

mvn -B -q -Dtest='ProducedDocumentsTest,RealDocumentsSmokeTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlector.producers=all -Dlector.realdocs="$PWD/$docs" test 2>&1 \
  | grep -E '^(groff|libreoffice|pandoc)-|: (pdf|epub|docx),|: refused:|FAIL|ERROR' || true
echo "== per-file figures: target/produced/*/report.txt"
