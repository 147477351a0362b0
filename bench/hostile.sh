#!/usr/bin/env bash
# Issue 21's table: `lector analyze` on every hostile input, one JVM per file with the launcher's options, under
# a time limit, and one line per file: exit code, whether a stack trace reached stderr, wall time, CPU time (user +
# system: on a shared machine under load, wall time says more about the other processes than about Lector), peak
# RSS (GNU time's %M, KiB) and the first line Lector printed on stderr (its one sentence, or its last progress
# line).
#
# The files are generated first by `lector bench hostile` (src/main/java/org/lector/cli/hostile/HostileCorpus.java).
# After them come the cases that are not files' contents: a file named with ANSI escapes, several files in one
# call (the others must still be done), stdout on a full disk, --db on a FIFO and on /dev/null, a symbolic link
# loop, and a name that is not valid UTF-8.
#
# Usage: bench/hostile.sh [REGEX]   only the rows whose name matches (default: all; "extras" = the cases after them;
#                                   'txt-line-10mb|html-p-300k|md-front-matter-open|txt-50mib|txt-49mb' = the rows
#                                   past the full analysis's budget, decision 0018)
#   SKIP=REGEX     leave out the rows whose name matches (e.g. SKIP='txt-49mb|txt-50mib')
#   JAR=PATH       the jar to run (default target/lector.jar)
#   SCALE=1        sizes: 1 is the issue's full size; 0.05 makes a quick run
#   LIMIT=300      seconds each file gets (the issue's limit)
#   LONG_LIMIT=    seconds for the rows expected to run long (the 49 MB and 50 MiB texts; default: LIMIT)
#   XMX=750m       the heap limit (the launcher's)
#   KEEP=DIR       keep the corpus and the outputs in DIR (default: a temporary folder, removed)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/lector.jar}
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
only=${1:-.}
limit=${LIMIT:-300}
long_limit=${LONG_LIMIT:-$limit}
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work/files" "$work/out"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
jvm=(-Xmx"${XMX:-750m}" -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=60)

echo "== generating the corpus (scale ${SCALE:-1}) in $work/files"
java -cp "$jar" org.lector.app.Main bench hostile --out "$work/files" --scale "${SCALE:-1}" --only "$only" \
  > "$work/corpus.tsv"

printf '%-28s %10s %-18s %4s %6s %8s %7s %11s  %s\n' file bytes expect exit trace wall_s cpu_s peak_KiB \
  "stderr (first line; last progress line)"
# run NAME SECONDS CMD...: runs CMD under the limit, records exit, trace, wall time and peak RSS.
run() {
  local name=$1 secs=$2 size=$3 expect=$4; shift 4
  local err=$work/out/$name.err
  local t0 t1 code
  t0=$(date +%s.%N)
  set +e
  timeout --signal=INT --kill-after=30 "$secs" /usr/bin/time -f '%M %U %S' -o "$work/out/$name.rss" "$@" \
    > "$work/out/$name.json" 2> "$err"
  code=$?
  set -e
  t1=$(date +%s.%N)
  local trace=no
  grep -qE '^\s+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(|^Exception in thread|^Caused by: ' "$err" && trace=YES
  [ $code -eq 124 ] && code="T/O"
  local first last
  # A raw escape character that got through would show as <ESC>: the table itself must not be hijacked.
  first=$(grep -v '^\s*$' "$err" | grep -v 'parts (' | head -1 | cut -c1-110 | LC_ALL=C sed 's/\x1b/<ESC>/g' || true)
  last=$(grep 'parts (' "$err" | tail -1 | sed 's/.*: //' | cut -c1-90 || true)
  local rss='?' user='' sys='' cpu='?'
  # GNU time writes nothing when it is killed itself (SIGKILL 30 s after the limit).
  if read -r rss user sys < <(tail -1 "$work/out/$name.rss" 2>/dev/null) && [ -n "$sys" ]; then
    cpu=$(echo "$user + $sys" | bc)
  else
    rss='?'
  fi
  printf '%-28s %10s %-18s %4s %6s %8.1f %7s %11s  %s%s\n' "$name" "$size" "$expect" "$code" "$trace" \
    "$(echo "$t1 - $t0" | bc)" "$cpu" "$rss" "$first" "${last:+ [$last]}"
}

while IFS=$'\t' read -r file size expect description; do
  if [ -n "${SKIP:-}" ] && [[ ${file%.*} =~ ^(${SKIP})$ ]]; then continue; fi
  secs=$limit
  [ "$expect" = long_result ] && secs=$long_limit
  run "$file" "$secs" "$size" "$expect" java "${jvm[@]}" -jar "$jar" analyze "$work/files/$file"
done < "$work/corpus.tsv"

echo "== not the contents of a file"
small=$work/files/small.txt
printf 'A small article\n\nMaria Lopez said on Monday that the bridge would open in Berlin.\n' > "$small"
if [[ extras =~ $only ]]; then
  ansi=$work/files/$'\e[2J\e[31mred-alert\e[0m.txt'
  printf 'not text \x00\x01\x02' > "$ansi"
  run ansi-name 60 - one-sentence java "${jvm[@]}" -jar "$jar" analyze "$ansi"
  run batch-with-bad-files 300 - others-done java "${jvm[@]}" -jar "$jar" analyze "$work/files/missing.txt" "$ansi" "$small"
  echo "   batch: $(grep -c '"document"' "$work/out/batch-with-bad-files.json" || true) analysis printed of 1 good file"
  run stdout-full 300 - exit-nonzero sh -c "java ${jvm[*]} -jar $jar analyze '$small' > /dev/full"
  mkfifo "$work/fifo.db"
  run db-fifo 60 - refused java "${jvm[@]}" -jar "$jar" analyze --db "$work/fifo.db" "$small"
  run db-dev-null 60 - refused java "${jvm[@]}" -jar "$jar" analyze --db /dev/null "$small"
  ln -s "$work/files/loop-b.txt" "$work/files/loop-a.txt"
  ln -s "$work/files/loop-a.txt" "$work/files/loop-b.txt"
  run symlink-loop 60 - one-sentence java "${jvm[@]}" -jar "$jar" analyze "$work/files/loop-a.txt"
  bad=$work/files/$'bad\xff\xfename.txt'
  cp "$small" "$bad"
  run non-utf8-name 60 - one-sentence java "${jvm[@]}" -jar "$jar" analyze "$bad"
fi
echo "== done; exit: T/O = over the limit; trace: a Java stack trace on stderr; cpu_s: user + system seconds;" \
  "peak_KiB: peak RSS (GNU time %M)"
