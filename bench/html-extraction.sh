#!/usr/bin/env bash
# Article extraction on the 130 shared Readability pages, Lector's HtmlReader and the Java libraries it was
# chosen against (decision 0011), in one run; then `lector extract` on all 130 pages in one call, timed.
# Usage: bench/html-extraction.sh [--pages FILE.csv]   (per-page F1 of every extractor to FILE.csv)
# The machine is shared: read the times as ratios between the rows of one run, not as absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp-test.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp-test.txt)" \
  org.lector.ingest.HtmlExtractionComparison "$@"
if [ -f target/lector.jar ]; then
  echo
  echo "lector extract on all 130 pages in one call (target/lector.jar):"
  /usr/bin/time -f "  %e s wall, %U s user CPU, %M KB peak RSS" \
    java -Xmx1000m -jar target/lector.jar extract ../shared/corpus/html/readability/*/source.html > /dev/null
  /usr/bin/time -f "  baseline, same run: lector --version: %e s wall, %U s user CPU" \
    java -jar target/lector.jar --version > /dev/null
fi
