#!/usr/bin/env bash
# Jump to a page of War and Peace nobody has analysed yet, and time until that page is highlighted, with public
# tools (Xvfb, xdotool) and Lector's own timing log (-Dlector.timings=DEBUG).
#
# Opens the novel with an empty library, so the engine analyses it part by part from the top. Then, N times, it
# jumps far ahead (Ctrl+F, a line found only at that place in the novel, Enter, Esc), as a reader jumps to a
# chapter, and reads from the log:
#   jump      from the end of the scroll to the frame that shows the whole visible page highlighted
#   baseline  the engine's time for one part (about 1,200 characters) in the same run, median
# and prints the median and maximum of the jumps and their ratio to the baseline.
#
# At the end it prints the app's peak RSS (VmHWM) so far; FINISH=1 lets the analysis of the whole novel finish
# first, so that figure covers all of it.
#
# Usage: bench/jump.sh [N]   (default 8)
#   FIRST=0.1 LAST=0.8   where the jumps go, as fractions of the novel (evenly spaced, in that order)
#   START=0              seconds of analysis from the top before the first jump (later jumps meet a bigger analysis)
#   WAIT=10              seconds given to each jump before the next
#   XMX=750m             the heap limit the app gets (the README and the installer set -Xmx750m)
#   FINISH_WAIT=3600     with FINISH=1, seconds to wait for the whole novel
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-8}
jar=target/lector.jar
novel=${ARTICLE:-../shared/corpus/long/2600-0.txt}
wait_s=${WAIT:-10}   # seconds given to each jump before the next
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

source bench/common.sh
bench_setup :95

# One line per jump: a phrase that occurs once in the novel, at about i/(N+2) of the way through.
phrases=$home/phrases.txt
python3 - "$novel" "$n" "${FIRST:-0.1}" "${LAST:-0.8}" > "$phrases" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8-sig").read()
n, first, last = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
for i in range(n):
    at = int(len(text) * (first + (last - first) * i / max(1, n - 1)))
    while True:
        line_start = text.index("\n", at) + 1
        line = text[line_start:text.index("\n", line_start)].strip()
        words = line.split()
        phrase = " ".join(words[:5])
        if len(words) >= 6 and phrase.isascii() and text.count(phrase) == 1:
            print(phrase)
            break
        at = line_start
PY

start_app "$novel"
wait_log "analysed in" || { echo "no part of $novel was analysed" >&2; exit 1; }
sleep "${START:-3}"
window=$(xdotool search --onlyvisible --name "Lector" | head -1)
xdotool mousemove --window "$window" 400 400 click 1
# The first search folds the whole novel for matching: do it once before the jumps, so each jump is one search.
xdotool key ctrl+f; sleep 0.3; xdotool type --delay 5 "Pierre"; sleep 4; xdotool key Escape; sleep 1
while read -r phrase; do
  xdotool key ctrl+f; sleep 0.3
  xdotool type --delay 5 "$phrase"; sleep 0.2
  xdotool key Return; sleep 1   # the first search folds the novel for matching first
  xdotool key Escape
  sleep "$wait_s"
done < "$phrases"
if [ -n "${FINISH:-}" ]; then
  wait_log "analysis of .* shown .* (engine)" "${FINISH_WAIT:-3600}" || true
  grep -h "analysis of .* shown" "$log" | sed 's/.* - //'
fi
rss=$(awk '/VmHWM/ {print $2}' "/proc/$app/status")
if [ -n "${KEEP_LOG:-}" ]; then cp "$log" "$KEEP_LOG"; fi   # KEEP_LOG=FILE: the app's log, for a closer look

# (|| true: a run in which no jump was timed still prints what it has, the peak RSS above all)
jumps=$(grep -h "page highlighted:" "$log" | sed 's/.*highlighted: \([0-9]*\) ms.*/\1/' | sort -n || true)
parts=$(grep -h "analysed in" "$log" | sed 's/.*analysed in \([0-9]*\) ms.*/\1/' | sort -n || true)
jm=$(echo "$jumps" | median); jx=$(echo "$jumps" | tail -1); jn=$(echo "$jumps" | grep -c . || true)
pm=$(echo "$parts" | median); pn=$(echo "$parts" | grep -c . || true)
echo "War and Peace, $n jumps ahead of the analysis, on $(nproc) cores:"
printf '  baseline  one part analysed by the engine   median %6s ms   (n=%s)\n' "$pm" "$pn"
printf '  jump      to the visible page highlighted    median %6s ms   max %s ms   (n=%s)\n' "$jm" "$jx" "$jn"
echo "  ratio     jump median / part median: $(echo "scale=2; $jm / $pm" | bc -l 2>/dev/null || echo n/a)"
echo "  every jump, ms: $(echo $jumps)"
echo "  places the reader went to before they were analysed: $(grep "not analysed yet" "$log" | sed 's/.*reader at \([0-9]*\):.*/\1/' | sort -u | grep -c . || true) ($n jumps and the first search)"
echo "  the app's peak RSS (VmHWM): $rss KB"
