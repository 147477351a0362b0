#!/usr/bin/env bash
# Window benchmarks for Lector, with public tools, under Xvfb (apt-get install xvfb xdotool time).
# Build first: mvn -B -q -DskipTests package
#
# Measures, in one run:
#   baseline   `lector --version`: JVM start, class loading, picocli; no window (median of N)
#   window     launch to the main window mapped and painted on screen, on the sample (median of N)
#   novel      launch to War and Peace shown (the window title names it), and the process's peak RSS
# and prints each as seconds and as a ratio to the baseline.
#
# Usage: bench/window.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/lector.jar
novel=../shared/corpus/long/2600-0.txt
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

source bench/common.sh
bench_setup :97

now() { date +%s.%N; }

# Waits for a visible window whose title matches $1, then kills the app; prints seconds since $2.
wait_window() {
  local title=$1 start=$2 pid=$3
  xdotool search --sync --onlyvisible --name "$title" >/dev/null 2>&1
  local t; t=$(now)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$t - $start" | bc -l
}

baseline=()
window=()
for i in $(seq "$runs"); do
  s=$(now); java "${jvm[@]}" -jar "$jar" --version >/dev/null; baseline+=("$(echo "$(now) - $s" | bc -l)")
  rm -rf "$home/config" "$home/data"
  s=$(now); java "${jvm[@]}" -jar "$jar" >/dev/null 2>&1 &
  window+=("$(wait_window "Lector" "$s" $!)")
done
b=$(printf '%s\n' "${baseline[@]}" | median)
w=$(printf '%s\n' "${window[@]}" | median)

s=$(now)
/usr/bin/time -v -o "$home/time.txt" java "${jvm[@]}" -jar "$jar" "$novel" >/dev/null 2>&1 &
tpid=$!
xdotool search --sync --onlyvisible --name "War and Peace" >/dev/null 2>&1
n=$(echo "$(now) - $s" | bc -l)
sleep 20   # let the analysis of the first parts run, so the RSS includes the engine at work
# Stop Lector itself (the java process under time), so time writes its report.
pkill -f -- "^java .*-jar $jar $novel" || true
wait $tpid 2>/dev/null || true
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time.txt")

printf '%-52s %8s %8s\n' "measure (median of $runs where repeated)" "seconds" "ratio"
printf '%-52s %8.2f %8.2f\n' "baseline: lector --version (JVM start, no window)" "$b" 1
printf '%-52s %8.2f %8.2f\n' "launch to painted window, sample article" "$w" "$(echo "$w / $b" | bc -l)"
printf '%-52s %8.2f %8.2f\n' "launch to War and Peace shown" "$n" "$(echo "$n / $b" | bc -l)"
printf '%-52s %8s\n' "peak RSS, War and Peace + 20 s of analysis (MB)" "$((rss / 1024))"
rm -rf "$home"
