#!/usr/bin/env bash
# `lector bench nlp` with the launcher's JVM options, this build and an earlier one (OLD_JAR, built in its own
# worktree) taking turns, RUNS times each, with the load average before and after each run. Both builds' plain
# CoreNLP side runs in their own JVM: since decision 0033 this build's plain side runs Lector's copy of CoreNLP's
# TokensRegex matcher too, so CoreNLP as shipped is the earlier build's plain side, and the summary also divides this
# build's Lector rate by the plain rate of the earlier build's run just before it.
#
# Usage: OLD_JAR=../old/target/lector.jar bench/nlp.sh [RUNS]   (build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/lector.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
[ -n "${OLD_JAR:-}" ] || { echo "OLD_JAR=path to the earlier build's lector.jar" >&2; exit 1; }
source bench/common.sh
runs=${1:-2}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for i in $(seq "$runs"); do
  for side in old new; do
    j=$jar; [ "$side" = old ] && j=$OLD_JAR
    echo "== $side, run $i, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    java "${jvm[@]}" -jar "$j" bench nlp --runs 1 2>/dev/null | grep -E "^(round|throughput|ratio|peak RSS)" \
      | tee "$out/$side-$i.txt"
    echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done

# Per measured round: this build's Lector rate over the earlier build's plain rate in the run before it.
echo "== this build's Lector / the earlier build's plain CoreNLP (CoreNLP as shipped), round by round"
for i in $(seq "$runs"); do
  paste <(grep -E '^round [0-9]+.*: Lector ' "$out/new-$i.txt" | awk '{print $(NF-1)}') \
        <(grep -E '^round [0-9]+.*: plain CoreNLP ' "$out/old-$i.txt" | awk '{print $(NF-1)}') \
    | awk -v run="$i" '{printf "run %s, round %d: %.0f / %.0f tokens/s = %.2f x\n", run, NR, $1, $2, $1 / $2}'
done
