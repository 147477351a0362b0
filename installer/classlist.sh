#!/usr/bin/env bash
# Writes assets/cds/lector.classlist: the classes Lector loads when it opens the sample in its window, from which the
# build (pom.xml, class-data-archive) and the package's postinst make the class-data archive the launch maps
# (docs/decisions/0021-class-data-archive.md). Java 17 makes a static archive from a class list without a display, but
# the list itself comes from a real windowed run: this script, under Xvfb (apt-get install xvfb), after
# `mvn -B -q -DskipTests package`. Rerun it when the start-up path changes much; a class the list names that no longer
# exists is skipped when the archive is made, and one it lacks is loaded as before, only not from the archive.
#
# Three runs, each with -XX:DumpLoadedClassList: the sample opened with an empty library until the whole analysis is
# shown (the toolkit, the window, both pipelines), the command line's `analyze` of it, and the sample reopened from
# that library (the store's read path). The lists are merged in order of first appearance; dynamic proxies and
# method-handle species, which the JVM makes at run time and cannot load from a list, are left out.
#
# Usage: installer/classlist.sh   (DISPLAY_NUMBER=:N picks the Xvfb display, default :93)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/lector.jar
sample=../shared/corpus/sample/paris-summit.txt
out=assets/cds/lector.classlist
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

source bench/common.sh
bench_setup "${DISPLAY_NUMBER:-:93}"
mkdir -p "$home/data/lector"
lists=$home/lists
mkdir -p "$lists"

# window NAME LIBRARY PATTERN: the sample in the window with LIBRARY until the log matches PATTERN, then 3 s more
window() {
  rm -f "$home/data/lector/lector.log"
  java -Dlector.timings=DEBUG "${jvm[@]}" -XX:DumpLoadedClassList="$lists/$1" -jar "$jar" --db "$2" "$sample" \
      >/dev/null 2>&1 &
  app=$!
  log=$home/data/lector/lector.log
  wait_log "$3" 300 || { echo "classlist: the $1 run never logged \"$3\"" >&2; exit 1; }
  sleep 3
  kill "$app"; wait "$app" 2>/dev/null || true; app=
}

window 1-new "$home/new.db" "analysis of .* shown .* (engine)"
java "${jvm[@]}" -XX:DumpLoadedClassList="$lists/2-analyze" -jar "$jar" analyze --db "$home/analysed.db" "$sample" \
    >/dev/null 2>&1
window 3-reopen "$home/analysed.db" "analysis of .* shown .* (from the library)"

mkdir -p "$(dirname "$out")"
{
  echo "# The classes Lector loads opening the sample in its window, for its class-data archive (decision 0021)."
  echo "# Made by installer/classlist.sh on $(date -u +%F) with $(java -version 2>&1 | head -1); do not edit by hand."
  cat "$lists/1-new" "$lists/2-analyze" "$lists/3-reopen" | grep -v '^#' | grep -v '\$Proxy[0-9]\|/BoundMethodHandle\$Species_' \
    | awk '!seen[$0]++'
} > "$out"
echo "classlist: $out, $(grep -vc '^#' "$out") lines ($(grep -c '^org/lector/' "$out") of Lector's classes)"
