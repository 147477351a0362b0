#!/usr/bin/env bash
# The flat models and the names tier change nothing in the final analysis: `lector analyze --format jsonl` on the
# sample and the 40 Wikinews articles, once with the engine as it is and once as it was before the flat models
# (-Dlector.stockModels=true: one pipeline from CoreNLP's own model files), from the same build, compared byte for
# byte. With EVAL=1 also `lector eval` both ways (several minutes each), its tables compared. With OLD_JAR=path the
# other side is that build's lector.jar (an earlier commit built in its own worktree) instead of the stock models, so
# a change meant to alter no output can be shown to; LONG=N adds the first N characters of War and Peace.
#
# Usage: [OLD_JAR=../old/target/lector.jar] [LONG=120000] bench/identity.sh   (build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/lector.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
source bench/common.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
files=(../shared/corpus/sample/paris-summit.txt ../shared/corpus/articles/*.txt)
if [ -n "${LONG:-}" ]; then
  # The novel's first LONG characters, cut at a paragraph as `bench nlp --chars` cuts them.
  python3 -c 'import sys; t=open(sys.argv[1], encoding="utf-8-sig").read(); c=t.find("\n\n", int(sys.argv[2])); sys.stdout.write(t if c < 0 else t[:c])' \
    ../shared/corpus/long/2600-0.txt "$LONG" > "$out/long.txt"
  files+=("$out/long.txt")
fi
# The other side: an earlier build's jar, or this build with CoreNLP's own model files.
if [ -n "${OLD_JAR:-}" ]; then old=(-jar "$OLD_JAR"); else old=(-Dlector.stockModels=true -jar "$jar"); fi

java "${jvm[@]}" -jar "$jar" analyze --format jsonl "${files[@]}" > "$out/new.jsonl"
java "${jvm[@]}" "${old[@]}" analyze --format jsonl "${files[@]}" > "$out/old.jsonl"
if cmp -s "$out/new.jsonl" "$out/old.jsonl"; then
  echo "analyze: identical for all ${#files[@]} files ($(wc -c < "$out/new.jsonl") bytes of JSON)"
else
  echo "analyze: DIFFERENT; first differing file:"
  paste -d '\n' "$out/new.jsonl" "$out/old.jsonl" | awk 'NR % 2 == 1 {a = $0} NR % 2 == 0 && a != $0 {print substr(a, 1, 200); exit}'
  exit 1
fi
if [ -n "${EVAL:-}" ]; then
  java -Xmx1500m -cp "$jar" org.lector.app.Main eval | tail -n +2 > "$out/new-eval.txt"
  if [ -n "${OLD_JAR:-}" ]; then
    java -Xmx1500m -cp "$OLD_JAR" org.lector.app.Main eval | tail -n +2 > "$out/old-eval.txt"
  else
    java -Dlector.stockModels=true -Xmx1500m -cp "$jar" org.lector.app.Main eval | tail -n +2 > "$out/old-eval.txt"
  fi
  if cmp -s "$out/new-eval.txt" "$out/old-eval.txt"; then
    echo "eval: identical tables ($(grep -c '^|' "$out/new-eval.txt") rows)"
  else
    diff "$out/new-eval.txt" "$out/old-eval.txt"
    exit 1
  fi
fi
