#!/usr/bin/env bash
# The flat models and the names tier change nothing in the final analysis: `lector analyze --format jsonl` on the
# sample and the 40 Wikinews articles, once with the engine as it is and once as it was before the flat models
# (-Dlector.stockModels=true: one pipeline from CoreNLP's own model files), from the same build, compared byte for
# byte. With EVAL=1 also `lector eval` both ways (several minutes each), its tables compared.
#
# Usage: bench/identity.sh   (build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/lector.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
source bench/common.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
files=(../shared/corpus/sample/paris-summit.txt ../shared/corpus/articles/*.txt)

java "${jvm[@]}" -jar "$jar" analyze --format jsonl "${files[@]}" > "$out/new.jsonl"
java -Dlector.stockModels=true "${jvm[@]}" -jar "$jar" analyze --format jsonl "${files[@]}" > "$out/old.jsonl"
if cmp -s "$out/new.jsonl" "$out/old.jsonl"; then
  echo "analyze: identical for all ${#files[@]} files ($(wc -c < "$out/new.jsonl") bytes of JSON)"
else
  echo "analyze: DIFFERENT; first differing file:"
  paste -d '\n' "$out/new.jsonl" "$out/old.jsonl" | awk 'NR % 2 == 1 {a = $0} NR % 2 == 0 && a != $0 {print substr(a, 1, 200); exit}'
  exit 1
fi
if [ -n "${EVAL:-}" ]; then
  java -Xmx1500m -cp "$jar" org.lector.app.Main eval | tail -n +2 > "$out/new-eval.txt"
  java -Dlector.stockModels=true -Xmx1500m -cp "$jar" org.lector.app.Main eval | tail -n +2 > "$out/old-eval.txt"
  if cmp -s "$out/new-eval.txt" "$out/old-eval.txt"; then
    echo "eval: identical tables ($(grep -c '^|' "$out/new-eval.txt") rows)"
  else
    diff "$out/new-eval.txt" "$out/old-eval.txt"
    exit 1
  fi
fi
