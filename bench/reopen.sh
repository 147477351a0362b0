#!/usr/bin/env bash
# Reopening an article kept in the library, in the running window, with public tools (Xvfb, xdotool) and
# Lector's log. Two articles are analysed into a fresh library first (lector analyze --db); the window then opens
# them in turn N times through File > Open Recent, and the log says, for each open request:
#   baseline    request to the text shown (the file read, the words counted, the text laid out)
#   highlights  request to the analysis and the reader's edits shown, highlights applied, from the library
# Prints medians and the ratio of highlights to the baseline.
#
# Usage: bench/reopen.sh [N]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10}
jar=target/lector.jar
a=../shared/corpus/sample/paris-summit.txt
b=../shared/corpus/articles/GUM_news_korea.txt
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

source bench/common.sh
bench_setup :95
db=$home/library.db
java "${jvm[@]}" -jar "$jar" analyze --db "$db" "$a" "$b" --format jsonl >/dev/null
log=$home/data/lector/lector.log

# Open b, then a, so Open Recent lists a first and b second; each File > Open Recent > second item swaps them.
java "${jvm[@]}" -jar "$jar" --db "$db" "$b" >/dev/null 2>&1 &
app=$!
xdotool search --sync --onlyvisible --name "Lector" >/dev/null
sleep 4
kill $app; wait $app 2>/dev/null || true
java -Dlector.timings=DEBUG "${jvm[@]}" -jar "$jar" --db "$db" "$a" >/dev/null 2>&1 &
app=$!
xdotool search --sync --onlyvisible --name "Lector" >/dev/null
sleep 6
: > "$log"
window=$(xdotool search --onlyvisible --name "Lector" | head -1)
for _ in $(seq $((n * 2))); do
  # File (clicked: without a window manager the menu mnemonics get no focus), Open Recent, the second entry.
  xdotool mousemove --window "$window" 26 14 click 1; sleep 0.4
  xdotool key Down Down Right; sleep 0.4
  xdotool key Down Return; sleep 1.5
done
sleep 1
cp "$log" /tmp/reopen-bench.log

base=$(grep -h "text of .* shown .* after the open request" "$log" | sed 's/.* shown \([0-9]*\) ms.*/\1/' | median)
high=$(grep -h "after the open request (from the library)" "$log" \
  | sed 's/.*, \([0-9]*\) ms after the open request.*/\1/' | median)
count=$(grep -c "after the open request (from the library)" "$log" || true)
echo "reopen from the library in the running window, $count opens (sample and GUM korea, alternately):"
printf "  baseline: open request to text shown          median %6s ms\n" "$base"
printf "  open request to highlights (analysis + edits) median %6s ms   %.2f x the baseline\n" "$high" \
  "$(echo "$high / $base" | bc -l)"
