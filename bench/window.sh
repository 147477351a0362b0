#!/usr/bin/env bash
# Window benchmarks for Lector, with public tools, under Xvfb (apt-get install xvfb xdotool x11-apps imagemagick).
# Build first: mvn -B -q -DskipTests package
#
# Every launch is timed from outside: the script notes the time just before it starts java, and reads the times of
# the app's own log lines (-Dlector.timings=DEBUG, millisecond timestamps) against it. Measures, in one run:
#   baseline   `lector --version`: JVM start, class loading, picocli; no window (median of N)
#   on screen  launch to the window mapped on screen, as xdotool sees it (polled every 20 ms), on the sample with
#              an empty library (median of N); and launch to its "first frame ... laid out" log line
#   tier 0     launch to the names the library already knows highlighted ("known names of ... shown"), with a
#              library that holds the sample's names as the reader's own (imported from a brat export of it)
#   tier 1     launch to the names tier's highlights ("names of ... shown (tier 1)")
#   tier 2     launch to the whole analysis shown ("analysis of ... shown ... (engine)")
#   reopen     the window on screen to the highlights shown, the sample analysed in the library before (from the library)
#   novel      launch to War and Peace shown (the window title names it), and the process's peak RSS (VmHWM)
#              after 20 s of analysis; as it is and with the stock models
# Tiers 0-2 are measured for the engine as it is and as it was (-Dlector.stockModels=true: one pipeline from
# CoreNLP's own model files, no names tier), alternately, and their ratio printed. A measure a build does not log
# is "n/a". OLD_JAR=path/to/lector.jar (a build tree's, with its lib/ beside it) also measures on screen and reopen
# for that build, alternately with this one. SHOTS=DIR keeps a screenshot of the first run at each tier.
#
# Usage: bench/window.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/lector.jar
sample=../shared/corpus/sample/paris-summit.txt
novel=../shared/corpus/long/2600-0.txt
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

source bench/common.sh
bench_setup :97
shots=${SHOTS:-}
[ -n "$shots" ] && mkdir -p "$shots"

now_ms() { date +%s%3N; }
# log_ms PATTERN: the time (epoch ms) of the first log line matching PATTERN (grep), or nothing
log_ms() {
  local line
  line=$(grep -m1 -- "$1" "$log" 2>/dev/null) || return 0
  date -d "${line:0:23}" +%s%3N
}
# since START MS: MS - START, or "n/a" when MS is empty
since() { if [ -n "$2" ]; then echo $(( $2 - $1 )); else echo n/a; fi; }
shot() { [ -n "$shots" ] && xwd -root -display "$DISPLAY" | convert xwd:- "$shots/$1.png" || true; }
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=; }

# launch JAR LIBRARY EXTRA...: starts JAR on the sample with LIBRARY copied into a fresh home; sets start, app, log
launch() {
  local jarfile=$1 library=$2; shift 2
  rm -rf "$home/config" "$home/data"
  mkdir -p "$home/data/lector"
  [ -n "$library" ] && cp "$library" "$home/run.db" || rm -f "$home/run.db"
  log=$home/data/lector/lector.log
  start=$(now_ms)
  java -Dlector.timings=DEBUG "${jvm[@]}" "$@" -jar "$jarfile" --db "$home/run.db" "$sample" >/dev/null 2>&1 &
  app=$!
}

# mapped_ms: waits (polling every 20 ms) for a visible window titled Lector; prints the epoch ms it was seen
mapped_ms() {
  local deadline=$(( $(date +%s) + 120 ))
  until xdotool search --onlyvisible --name "Lector" >/dev/null 2>&1 || [ "$(date +%s)" -ge "$deadline" ]; do
    sleep 0.02
  done
  now_ms
}

# painted: waits for the window; sets mapped (ms since launch, as xdotool sees it, for every build) and frame (ms
# since launch of the window's "first frame" log line; n/a for a build without one)
painted() {
  local at; at=$(mapped_ms)
  mapped=$(( at - start ))
  sleep 0.5
  frame=$(since "$start" "$(log_ms "first frame")")
}

# tiers NAME EXTRA...: one launch with the library that knows the sample's names; prints "t0 t1 t2" (ms)
tiers() {
  local name=$1; shift
  launch "$jar" "$home/known.db" "$@"
  local t0= t1= t2= deadline=$(( $(date +%s) + 180 ))
  while [ -z "$t2" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    if [ -z "$t0" ] && grep -q "known names of .* shown" "$log" 2>/dev/null; then t0=1; shot "$name-tier0"; fi
    if [ -z "$t1" ] && grep -q "names of .* shown (tier 1)" "$log" 2>/dev/null; then t1=1; shot "$name-tier1"; fi
    if grep -q "analysis of .* shown .* (engine)" "$log" 2>/dev/null; then t2=1; sleep 0.3; shot "$name-tier2"; fi
    sleep 0.05
  done
  echo "$(since "$start" "$(log_ms "known names of .* shown")") $(since "$start" "$(log_ms "names of .* shown (tier 1)")")" \
       "$(since "$start" "$(log_ms "analysis of .* shown .* (engine)")")"
  stop_app
}

# reopen JAR: the window seen on screen to the highlights shown from the library, in ms
reopen() {
  launch "$1" "$home/analysed.db"
  painted
  local deadline=$(( $(date +%s) + 60 ))
  until grep -q "analysis of .* shown .* (from the library)" "$log" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; do
    sleep 0.05
  done
  local shown; shown=$(log_ms "analysis of .* shown .* (from the library)")
  if [ -n "$shown" ]; then echo $(( shown - start - mapped )); else echo n/a; fi
  stop_app
}

# The libraries: one that knows the sample's names (the reader's own, imported), one with the sample analysed.
java "${jvm[@]}" -jar "$jar" export "$sample" --format brat --out "$home/known" >/dev/null
java "${jvm[@]}" -jar "$jar" import "$home/known.ann" --text "$sample" --db "$home/known.db" >/dev/null
java "${jvm[@]}" -jar "$jar" analyze --db "$home/analysed.db" "$sample" >/dev/null

baseline=(); painted=(); frames=(); old_painted=(); reopened=(); old_reopened=()
t0=(); t1=(); t2=(); s1=(); s2=()
for i in $(seq "$runs"); do
  s=$(now_ms); java "${jvm[@]}" -jar "$jar" --version >/dev/null; baseline+=($(( $(now_ms) - s )))
  launch "$jar" ""; painted; painted+=("$mapped"); frames+=("$frame"); stop_app
  [ "$i" = 1 ] || shots=
  read -r a b c <<< "$(tiers new)"; t0+=("$a"); t1+=("$b"); t2+=("$c")
  read -r a b c <<< "$(tiers old -Dlector.stockModels=true)"; s1+=("$b"); s2+=("$c")
  reopened+=("$(reopen "$jar")")
  if [ -n "${OLD_JAR:-}" ]; then
    launch "$OLD_JAR" ""; painted; old_painted+=("$mapped"); stop_app
    old_reopened+=("$(reopen "$OLD_JAR")")
  fi
done

med() { printf '%s\n' "$@" | grep -v n/a | median; }
row() { printf '%-58s %9s %9s %9s\n' "$@"; }
ratio() { if [ "$1" = nan ] || [ "$2" = nan ]; then echo n/a; else printf '%.2f' "$(echo "$1 / $2" | bc -l)"; fi; }
b=$(med "${baseline[@]}")
row "median of $runs runs (ms)" "this" "as was" "ratio"
row "baseline: lector --version (JVM start, no window)" "$b" "" ""
p=$(med "${painted[@]}"); op=$( [ -n "${OLD_JAR:-}" ] && med "${old_painted[@]}" || echo nan)
row "launch to the window on screen (goal 1,500)" "$p" "$op" "$(ratio "$p" "$op")"
row "launch to the window's first frame laid out (its log)" "$(med "${frames[@]}")" "" ""
row "launch to tier 0: names the library knows" "$(med "${t0[@]}")" "" ""
a=$(med "${t1[@]}"); c=$(med "${s1[@]}")
row "launch to tier 1: names (goal 3,000; as was: all names)" "$a" "$c" "$(ratio "$a" "$c")"
a=$(med "${t2[@]}"); c=$(med "${s2[@]}")
row "launch to tier 2: the whole analysis (goal 6,000)" "$a" "$c" "$(ratio "$a" "$c")"
r=$(med "${reopened[@]}"); orr=$( [ -n "${OLD_JAR:-}" ] && med "${old_reopened[@]}" || echo nan)
row "reopen: window on screen to highlights (goal 150)" "$r" "$orr" "$(ratio "$r" "$orr")"
echo "every run: on screen ${painted[*]} | first frame ${frames[*]} | tier 0 ${t0[*]} | tier 1 ${t1[*]} | tier 2 ${t2[*]} | as was: tier 1 ${s1[*]}" \
     "tier 2 ${s2[*]} | reopen ${reopened[*]}${OLD_JAR:+ | old build: painted ${old_painted[*]} reopen ${old_reopened[*]}}"

# The novel: launch to its window, then 20 s of analysis, and the peak RSS of the java process; with the engine as it
# is and as it was (stock models), one after the other.
novel_run() {
  local s; s=$(now_ms)
  rm -rf "$home/config" "$home/data"
  java "${jvm[@]}" "$@" -jar "$jar" --db "$home/novel.db" "$novel" >/dev/null 2>&1 &
  app=$!
  xdotool search --sync --onlyvisible --name "War and Peace" >/dev/null 2>&1
  local n=$(( $(now_ms) - s ))
  sleep 20   # let the analysis of the first parts run, so the RSS includes the engine at work
  local rss; rss=$(awk '/VmHWM/ {print $2}' "/proc/$app/status")
  stop_app
  rm -f "$home/novel.db"*
  echo "$n $((rss / 1024))"
}
read -r n rss <<< "$(novel_run)"
read -r sn srss <<< "$(novel_run -Dlector.stockModels=true)"
row "launch to War and Peace shown" "$n" "$sn" "$(ratio "$n" "$sn")"
row "peak RSS, War and Peace + 20 s of analysis (MB; goal 1,300)" "$rss" "$srss" "$(ratio "$rss" "$srss")"
echo "(on $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
