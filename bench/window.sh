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
#   reopen     the window on screen to the highlights shown, the sample analysed in the library before (from the library):
#              to the first restyle of the whole text with styled ranges at or after the "text of ... shown" line, or
#              to the window's first frame when that restyle came before it (the frame draws them)
#   novel      launch to War and Peace shown (the window title names it), and the process's peak RSS (VmHWM)
#              after 20 s of analysis; as it is and with the stock models
# Tiers 0-2 are measured for the engine as it is and as it was (-Dlector.stockModels=true: one pipeline from
# CoreNLP's own model files, no names tier), alternately, and their ratio printed. A measure a build does not log
# is "n/a". OLD_JAR=path/to/lector.jar (a build tree's, with its lib/ beside it) also measures on screen and reopen
# for that build, alternately with this one; OLD_ARCHIVE=path/to/its.jsa launches it with that class-data archive (one
# dumped with -cp and the OLD_JAR path as given, e.g. java -Xshare:dump -XX:SharedClassListFile=assets/cds/lector.classlist
# -XX:SharedArchiveFile=old.jsa -cp /abs/old/target/lector.jar), as the README's command launches a build.
# SHOTS=DIR keeps a screenshot of the first run at each tier.
# When the build made its class-data archive (target/lector.jsa, decision 0021), this build is launched with it, as the
# README's command does, and once more without it (the on screen, tier and reopen rows), alternately. The process's
# CPU (user + system, all threads, /proc/PID/stat) when the window is mapped is printed beside the wall times.
#
# NOVEL=0 skips the novel's two runs.
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
# The class-data archive the build made for the README's command (decision 0021): relative to the project, as the
# command gives the jar.
archive=()
[ -f target/lector.jsa ] && archive=(-XX:SharedArchiveFile=target/lector.jsa)
old_archive=()
[ -n "${OLD_ARCHIVE:-}" ] && old_archive=(-XX:SharedArchiveFile="$OLD_ARCHIVE")
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

# cpu_ms PID: the CPU time (user + system, all threads) the process has used so far, in ms
cpu_ms() {
  local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo n/a; return; }
  stat=${stat##*) }   # the fields after the command name; utime and stime are the 12th and 13th of them
  read -r -a f <<< "$stat"
  echo $(( (f[11] + f[12]) * 1000 / $(getconf CLK_TCK) ))
}

# painted: waits for the window; sets mapped (ms since launch, as xdotool sees it, for every build), cpu (the
# process's CPU ms then) and frame (ms since launch of the window's "first frame" log line; n/a for a build without one)
painted() {
  local at; at=$(mapped_ms)
  cpu=$(cpu_ms "$app")
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

# reopen JAR EXTRA...: the window seen on screen to the highlights shown from the library, in ms
reopen() {
  local jarfile=$1; shift
  launch "$jarfile" "$home/analysed.db" "$@"
  painted
  # The highlights are in the text at the first restyle of the whole text with any styled range logged at or after
  # the "text of ... shown" line: the text is laid out (on the FX thread, or in the background and swapped in) and
  # the library's analysis set, in either order. (The sample has no title or control ranges of its own, so a
  # restyle with ranges is one with its highlights.)
  local deadline=$(( $(date +%s) + 60 )) from= styled=
  while [ -z "$styled" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 0.05
    grep -q -- "analysis of .* shown .* (from the library)" "$log" 2>/dev/null || continue
    from=$(grep -m1 -- "text of .* shown" "$log" | cut -c1-23)
    styled=$(awk -v from="$from" 'substr($0, 1, 23) >= from && / [1-9][0-9]* styled ranges applied to the whole text/ {
      print substr($0, 1, 23); exit }' "$log")
  done
  # Highlights set before the window's first frame are on screen with it: then the first frame is the time.
  local at= first; first=$(log_ms "first frame")
  [ -n "$styled" ] && at=$(date -d "$styled" +%s%3N)
  [ -n "$at" ] && [ -n "$first" ] && [ "$first" -gt "$at" ] && at=$first
  if [ -n "$at" ]; then echo $(( at - start - mapped )); else echo n/a; fi
  stop_app
}

# The libraries: one that knows the sample's names (the reader's own, imported), one with the sample analysed.
java "${jvm[@]}" -jar "$jar" export "$sample" --format brat --out "$home/known" >/dev/null
java "${jvm[@]}" -jar "$jar" import "$home/known.ann" --text "$sample" --db "$home/known.db" >/dev/null
java "${jvm[@]}" -jar "$jar" analyze --db "$home/analysed.db" "$sample" >/dev/null

baseline=(); painted=(); cpus=(); frames=(); old_painted=(); old_cpus=(); reopened=(); old_reopened=()
t0=(); t1=(); t2=(); s1=(); s2=(); n_painted=(); n_cpus=(); n1=(); n2=(); n_reopened=()
for i in $(seq "$runs"); do
  s=$(now_ms); java "${jvm[@]}" "${archive[@]}" -jar "$jar" --version >/dev/null; baseline+=($(( $(now_ms) - s )))
  launch "$jar" "" "${archive[@]}"; painted; painted+=("$mapped"); cpus+=("$cpu"); frames+=("$frame"); stop_app
  if [ ${#archive[@]} -gt 0 ]; then
    launch "$jar" ""; painted; n_painted+=("$mapped"); n_cpus+=("$cpu"); stop_app
  fi
  if [ -n "${OLD_JAR:-}" ]; then
    launch "$OLD_JAR" "" "${old_archive[@]}"; painted; old_painted+=("$mapped"); old_cpus+=("$cpu"); stop_app
  fi
  [ "$i" = 1 ] || shots=
  read -r a b c <<< "$(tiers new "${archive[@]}")"; t0+=("$a"); t1+=("$b"); t2+=("$c")
  read -r a b c <<< "$(tiers old "${archive[@]}" -Dlector.stockModels=true)"; s1+=("$b"); s2+=("$c")
  if [ ${#archive[@]} -gt 0 ]; then
    read -r a b c <<< "$(tiers plain)"; n1+=("$b"); n2+=("$c")
  fi
  reopened+=("$(reopen "$jar" "${archive[@]}")")
  [ ${#archive[@]} -eq 0 ] || n_reopened+=("$(reopen "$jar")")
  [ -z "${OLD_JAR:-}" ] || old_reopened+=("$(reopen "$OLD_JAR" "${old_archive[@]}")")
done

med() { printf '%s\n' "$@" | grep -v n/a | median; }
row() { printf '%-58s %9s %9s %9s\n' "$@"; }
ratio() { if [ "$1" = nan ] || [ "$2" = nan ]; then echo n/a; else printf '%.2f' "$(echo "$1 / $2" | bc -l)"; fi; }
b=$(med "${baseline[@]}")
row "median of $runs runs (ms)" "this" "as was" "ratio"
row "baseline: lector --version (JVM start, no window)" "$b" "" ""
p=$(med "${painted[@]}"); op=$( [ -n "${OLD_JAR:-}" ] && med "${old_painted[@]}" || echo nan)
row "launch to the window on screen (goal 1,500)" "$p" "$op" "$(ratio "$p" "$op")"
c=$(med "${cpus[@]}"); oc=$( [ -n "${OLD_JAR:-}" ] && med "${old_cpus[@]}" || echo nan)
row "  process CPU when the window was mapped" "$c" "$oc" "$(ratio "$c" "$oc")"
row "launch to the window's first frame laid out (its log)" "$(med "${frames[@]}")" "" ""
row "launch to tier 0: names the library knows" "$(med "${t0[@]}")" "" ""
a=$(med "${t1[@]}"); c=$(med "${s1[@]}")
row "launch to tier 1: names (goal 3,000; as was: all names)" "$a" "$c" "$(ratio "$a" "$c")"
a=$(med "${t2[@]}"); c=$(med "${s2[@]}")
row "launch to tier 2: the whole analysis (goal 6,000)" "$a" "$c" "$(ratio "$a" "$c")"
r=$(med "${reopened[@]}"); orr=$( [ -n "${OLD_JAR:-}" ] && med "${old_reopened[@]}" || echo nan)
row "reopen: window on screen to highlights (goal 150)" "$r" "$orr" "$(ratio "$r" "$orr")"
if [ ${#archive[@]} -gt 0 ]; then
  row "this build with its class-data archive against without" "with" "without" "ratio"
  a=$(med "${painted[@]}"); c=$(med "${n_painted[@]}"); row "launch to the window on screen" "$a" "$c" "$(ratio "$a" "$c")"
  a=$(med "${cpus[@]}"); c=$(med "${n_cpus[@]}"); row "  process CPU when the window was mapped" "$a" "$c" "$(ratio "$a" "$c")"
  a=$(med "${t1[@]}"); c=$(med "${n1[@]}"); row "launch to tier 1" "$a" "$c" "$(ratio "$a" "$c")"
  a=$(med "${t2[@]}"); c=$(med "${n2[@]}"); row "launch to tier 2" "$a" "$c" "$(ratio "$a" "$c")"
  a=$(med "${reopened[@]}"); c=$(med "${n_reopened[@]}"); row "reopen: window on screen to highlights" "$a" "$c" "$(ratio "$a" "$c")"
fi
echo "every run: on screen ${painted[*]} (CPU ${cpus[*]}) | first frame ${frames[*]} | tier 0 ${t0[*]} | tier 1 ${t1[*]} | tier 2 ${t2[*]} | as was: tier 1 ${s1[*]}" \
     "tier 2 ${s2[*]} | reopen ${reopened[*]}${OLD_JAR:+ | old build: painted ${old_painted[*]} (CPU ${old_cpus[*]}) reopen ${old_reopened[*]}}" \
     "${archive:+| without the archive: painted ${n_painted[*]} (CPU ${n_cpus[*]}) tier 1 ${n1[*]} tier 2 ${n2[*]} reopen ${n_reopened[*]}}"

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
[ "${NOVEL:-1}" = 0 ] && { echo "(novel skipped: NOVEL=0; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"; exit 0; }
read -r n rss <<< "$(novel_run "${archive[@]}")"
read -r sn srss <<< "$(novel_run "${archive[@]}" -Dlector.stockModels=true)"
row "launch to War and Peace shown" "$n" "$sn" "$(ratio "$n" "$sn")"
row "peak RSS, War and Peace + 20 s of analysis (MB; goal 1,300)" "$rss" "$srss" "$(ratio "$rss" "$srss")"
echo "(on $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
