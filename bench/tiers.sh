#!/usr/bin/env bash
# Launch to the first highlights, without a window: `lector bench nlp --launch-only` on the sample, N times for the
# engine as it is (the names tier from the flat models first, then the full pipeline) and N times for the engine as
# it was (--stock: one full pipeline loaded from CoreNLP's own model files), alternately, each in a fresh JVM with
# the run command's options. Prints the median of each measure for both, and the ratio new / old.
#
#   names loaded   launch to the names pipeline loaded (the stock engine has one pipeline: all of it)
#   tier 1         launch to the sample's names
#   full loaded    launch to the full pipeline loaded
#   tier 2         launch to the sample's whole analysis (quotes, facts)
#   CPU            the loading threads' CPU time for the names pipeline, and for both (without JIT and GC threads)
#   peak RSS       the JVM's VmHWM at the end
#
# Usage: bench/tiers.sh [N]   (default 5; build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
jar=target/lector.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
source bench/common.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for i in $(seq "$n"); do
  for mode in new old; do
    flag=; [ $mode = old ] && flag=--stock
    java "${jvm[@]}" -jar "$jar" bench nlp --launch-only $flag 2>/dev/null > "$out/$mode-$i.txt"
  done
done

# value MODE LABEL: the figure of LABEL in every run of MODE, one per line
value() { cat "$out"/"$1"-*.txt | grep "^$2 " | awk '{print $(NF-1)}'; }
printf '%-56s %10s %10s %8s\n' "median of $n runs each (ms)" "new" "old" "new/old"
for label in "launch to names pipeline loaded" "launch to tier 1 (sample)" "launch to full pipeline loaded" \
             "launch to tier 2 (sample)" "names pipeline load, CPU of the loading threads" \
             "names and full pipeline load, CPU of the loading threads" "peak RSS (VmHWM)"; do
  a=$(value new "$label" | median); b=$(value old "$label" | median)
  printf '%-56s %10.0f %10.0f %8.2f\n' "$label" "$a" "$b" "$(echo "$a / $b" | bc -l)"
done
echo "every run, tier 1 (ms): new $(value new 'launch to tier 1 (sample)' | tr '\n' ' ')| old $(value old 'launch to tier 1 (sample)' | tr '\n' ' ')"
echo "every run, tier 2 (ms): new $(value new 'launch to tier 2 (sample)' | tr '\n' ' ')| old $(value old 'launch to tier 2 (sample)' | tr '\n' ' ')"
echo "(peak RSS in MB; on $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
