#!/usr/bin/env bash
# The same jar on other runtimes and JVM options (decision 0031), under Xvfb (apt-get install xvfb xdotool).
# Build first: mvn -B -q -DskipTests package
#
# Each launch opens the sample with an empty library and is timed from outside, as bench/window.sh does: launch to the
# window mapped (xdotool), the process's CPU then (/proc), and the log's tier 1 and tier 2 lines; the process's CPU at
# tier 2. Every variant runs once a round, the order rotated each round; medians and ratios to the first variant.
# Variants (VARIANTS="..." picks and orders them; the first is the baseline):
#   j17       the README's command: Java 17 with target/lector.jsa
#   j17serial the same with -XX:+UseSerialGC
#   j25aot    JAVA25's java with an AOT cache (JEP 483/514) made here by one training run of the sample in the window
#   j25cds    JAVA25's java with a static archive dumped from assets/cds/lector.classlist (no training run)
#   j25       JAVA25's java with only the JDK's own archive
# The cache and the archive are made once per build (target/runtimes/), as the README's archive is: for this jar path.
#
# Usage: bench/runtimes.sh [ROUNDS]   (default 3; JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
jar=target/lector.jar
sample=../shared/corpus/sample/paris-summit.txt
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
variants=(${VARIANTS:-j17 j25aot j25cds j17serial})
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
[ -f target/lector.jsa ] || { echo "the build made no target/lector.jsa" >&2; exit 1; }
source bench/common.sh
bench_setup :98
out=target/runtimes
mkdir -p "$out"
# Java 25 warns on stderr about JNI loads unless allowed; the window's launcher would allow them.
j25=("$java25" --enable-native-access=ALL-UNNAMED)

now_ms() { date +%s%3N; }
cpu_ms() {
  local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo n/a; return; }
  stat=${stat##*) }
  read -r -a f <<< "$stat"
  echo $(( (f[11] + f[12]) * 1000 / $(getconf CLK_TCK) ))
}
log_ms() {
  local line; line=$(grep -m1 -- "$1" "$log" 2>/dev/null) || { echo n/a; return; }
  echo $(( $(date -d "${line:0:23}" +%s%3N) - start ))
}
# command VARIANT: the java command and options for VARIANT (before the shared options and -jar)
command_of() {
  case $1 in
    j17) echo "java -XX:SharedArchiveFile=target/lector.jsa" ;;
    j17serial) echo "java -XX:SharedArchiveFile=target/lector.jsa -XX:+UseSerialGC" ;;
    j25aot) echo "${j25[*]} -XX:AOTCache=$out/lector-25.aot" ;;
    j25cds) echo "${j25[*]} -XX:SharedArchiveFile=$out/lector-25.jsa" ;;
    j25) echo "${j25[*]}" ;;
    *) echo "unknown variant $1" >&2; exit 1 ;;
  esac
}
# launch VARIANT: the sample in the window with an empty library; sets start, app, log
launch() {
  rm -rf "$home/config" "$home/data" "$home/run.db"*
  mkdir -p "$home/data/lector"
  log=$home/data/lector/lector.log
  start=$(now_ms)
  # shellcheck disable=SC2046
  $(command_of "$1") -Dlector.timings=DEBUG "${jvm[@]}" -jar "$jar" --db "$home/run.db" "$sample" >/dev/null 2>&1 &
  app=$!
}
wait_log_or_exit() { wait_log "$1" 300 || { echo "runtimes: \"$1\" never logged" >&2; exit 1; }; }

# The AOT cache: one training run (the sample until the whole analysis is shown), written when the process ends.
if [[ " ${variants[*]} " == *" j25aot "* ]] && [ ! "$out/lector-25.aot" -nt "$jar" ]; then
  rm -rf "$home/config" "$home/data"; mkdir -p "$home/data/lector"; log=$home/data/lector/lector.log
  "${j25[@]}" "${jvm[@]}" -XX:AOTCacheOutput="$out/lector-25.aot" -jar "$jar" --db "$home/train.db" "$sample" \
      >"$out/aot-training.log" 2>&1 &
  app=$!
  wait_log_or_exit "analysis of .* shown .* (engine)"
  sleep 3
  kill "$app"; wait "$app" 2>/dev/null || true; app=
  [ -f "$out/lector-25.aot" ] || { echo "runtimes: no AOT cache made (see $out/aot-training.log)" >&2; exit 1; }
fi
if [[ " ${variants[*]} " == *" j25cds "* ]] && [ ! "$out/lector-25.jsa" -nt "$jar" ]; then
  "$java25" -Xshare:dump -XX:SharedClassListFile=assets/cds/lector.classlist -XX:SharedArchiveFile="$out/lector-25.jsa" \
      -cp "$jar" >"$out/dump-25.log" 2>&1
fi

results=$home/results
: > "$results"
n=${#variants[@]}
for r in $(seq "$rounds"); do
  for k in $(seq 0 $(( n - 1 ))); do
    v=${variants[$(( (k + r) % n ))]}
    launch "$v"
    until xdotool search --onlyvisible --name Lector >/dev/null 2>&1; do sleep 0.02; done
    mapped=$(( $(now_ms) - start )); cpu=$(cpu_ms "$app")
    wait_log_or_exit "analysis of .* shown .* (engine)"
    echo "$v $mapped $cpu $(log_ms "names of .* shown (tier 1)") $(log_ms "analysis of .* shown .* (engine)") $(cpu_ms "$app")" \
        >> "$results"
    kill "$app"; wait "$app" 2>/dev/null || true; app=
  done
done

printf '%-10s %9s %9s %9s %9s %9s   %s\n' "median ms" mapped "CPU then" "tier 1" "tier 2" "CPU t2" "ratios to ${variants[0]}"
for v in "${variants[@]}"; do
  line=()
  for col in 2 3 4 5 6; do line+=("$(awk -v v="$v" -v c="$col" '$1 == v && $c != "n/a" {print $c}' "$results" | median)"); done
  base=()
  for col in 2 3 4 5 6; do base+=("$(awk -v v="${variants[0]}" -v c="$col" '$1 == v && $c != "n/a" {print $c}' "$results" | median)"); done
  ratios=""
  for i in 0 1 2 3 4; do ratios+=" $(printf '%.2f' "$(echo "${line[$i]} / ${base[$i]}" | bc -l)")"; done
  printf '%-10s %9.0f %9.0f %9.0f %9.0f %9.0f  %s\n' "$v" "${line[@]}" "$ratios"
done
echo "every run (variant mapped cpu tier1 tier2 cpu-at-tier2):"; sort "$results"
echo "(on $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
