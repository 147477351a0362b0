#!/usr/bin/env bash
# Key press to repaint, in the window, with public tools (Xvfb, xdotool) and Lector's own timing log
# (-Dlector.timings=DEBUG: from the key handler to the end of the layout of the frame that shows the key's effect).
#
# Opens War and Peace from a library that holds its whole analysis (every highlight shown), then, N times:
#   caret     the round's caret moves, each a sample, and each kind apart: a word on (Ctrl+Right), a character on
#             (Right), the next word selected (Ctrl+Shift+Right); the text area moves the caret, Lector's listeners
#             follow it
#   tag       select the next word (Ctrl+Shift+Right) and press 4 (tag as Group)
#   remove    Delete on the word just tagged
# and prints the median and 90th percentile of each, and the ratio of tag and remove to the caret moves.
#
# Usage: bench/keypress.sh LIBRARY.db [N]   (WARMUP=5: untimed rounds first)
#   LIBRARY.db must hold the analysis of ../shared/corpus/long/2600-0.txt; make it once (about 10-20 minutes on
#   2 cores) with:  java -Xmx750m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=60 \
#                   -jar target/lector.jar analyze --db LIBRARY.db ../shared/corpus/long/2600-0.txt
#   The benchmark works on a copy, so the library given is left as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
library=${1:?usage: bench/keypress.sh LIBRARY.db [N]}
n=${2:-40}
jar=target/lector.jar
novel=${ARTICLE:-../shared/corpus/long/2600-0.txt}   # ARTICLE=FILE: another text, for comparison
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
[ -f "$library" ] || { echo "no library at $library (see the usage at the top of this script)" >&2; exit 1; }

source bench/common.sh
bench_setup :96
cp "$library" "$home/library.db"

start_app --db "$home/library.db" "$novel"
wait_log "analysis of .* (from the library)" || { echo "$novel was not shown from the library" >&2; exit 1; }
grep -h "analysis of .* shown" "$log" | sed 's/.* - //'
sleep 3
window=$(xdotool search --onlyvisible --name "Lector" | head -1)
# Into the text, some way down, where every highlight is on screen.
xdotool mousemove --window "$window" 400 400 click 1
for _ in $(seq 30); do xdotool key Next; sleep 0.05; done
if [ "${SIDE_PANEL:-on}" = off ]; then xdotool key F9; fi   # SIDE_PANEL=off: the article alone
# The page-downs queue up on a busy machine: wait until the window has taken them all (a caret move behind them
# is laid out), so that no timed key waits behind them.
timed() { grep -c "key to frame" "$log" || true; }
xdotool key Left
for _ in $(seq 60); do [ "$(timed)" -ge 1 ] && break; sleep 1; done
sleep 2

round() {
  xdotool key ctrl+Right; sleep 0.15
  xdotool key Right; sleep 0.25
  xdotool key ctrl+shift+Right; sleep 0.15
  xdotool key 4; sleep 0.6
  xdotool key Delete; sleep 0.6
}
# WARMUP=5 rounds first, not counted: the first tag and removal of a session compile their code (a reader's first
# key presses pay that once; the figures below are the ones that follow).
for _ in $(seq "${WARMUP:-5}"); do round; done
sleep 1
skip=$(timed)
for _ in $(seq "$n"); do round; done
sleep 2
if [ -n "${KEEP_LOG:-}" ]; then cp "$log" "$KEEP_LOG"; fi   # KEEP_LOG=FILE: the app's log, for a closer look

stats() {
  # median and 90th percentile, in ms, of the microsecond timings named $1; $2 picks the part of the timing
  # (total, handler, wait: from the handler's end to the pulse, layout: the pulse's CSS and layout); $3 (1, 2 or 3)
  # keeps only that caret move of each round, as they come in the log
  local field every=${3:+3} which=${3:-0}
  case ${2:-total} in
    total) field='s/.*key to frame: [a-z-]* \([0-9]*\) us.*/\1/' ;;
    handler) field='s/.*(handler \([0-9]*\) us.*/\1/' ;;
    wait) field='s/.*began \([0-9]*\) us later.*/\1/' ;;
    layout) field='s/.*laid out in \([0-9]*\) us.*/\1/' ;;
  esac
  tail -n +"$((skip + 1))" <(grep -h "key to frame" "$log") | grep "key to frame: $1 " \
    | awk -v every="${every:-1}" -v which="$which" '(NR - 1) % every == (which == 0 ? 0 : which - 1)' \
    | sed "$field" | sort -n | awk -v what="${4:-$1} ${2:-}" '
    {a[NR] = $1 / 1000}
    END {
      if (NR == 0) { printf "%-16s no samples\n", what; exit }
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      p = a[int(NR * 0.9 + 0.5) < 1 ? 1 : int(NR * 0.9 + 0.5)]
      printf "%-16s n=%-4d median %7.2f ms   p90 %7.2f ms\n", what, NR, m, p
    }'
}
echo "key press to the laid-out frame, War and Peace with all its highlights:"
stats caret
stats caret total 1 "  a word on"
stats caret total 2 "  a character on"
stats caret total 3 "  a word selected"
stats tag
stats remove
echo "where the time goes (handler, then waiting for the pulse, then the pulse's CSS and layout):"
for what in caret tag remove; do
  for part in handler wait layout; do stats $what $part; done
done
median_of() { stats "$1" | sed -n 's/.*median *\([0-9.]*\) ms.*/\1/p'; }
b=$(median_of caret)
for what in tag remove; do
  m=$(median_of $what)
  [ -n "$b" ] && [ -n "$m" ] && printf "%-9s %.2f x the caret moves\n" "$what" "$(echo "$m / $b" | bc -l)"
done
