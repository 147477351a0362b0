#!/usr/bin/env bash
# Rebuilds english-words.txt from SCOWL as Debian's `scowl` package installs it (apt-get install scowl).
# Every spelling (American, British, Canadian, Australian and their variants, common and rarer) of words, capitalized words,
# proper names, contractions and abbreviations, size 10 to 80; possessives ("'s") left out, since Lector
# derives them. Each word is listed once, under the smallest size (the most common level) that has it.
set -euo pipefail
dir=${SCOWL_DIR:-/usr/share/dict/scowl}
out=${1:-"$(dirname "$0")/english-words.txt"}
seen=$(mktemp)
trap 'rm -f "$seen"' EXIT
{
  echo "# SCOWL (Spell Checker Oriented Word Lists), Copyright 2000-2011 Kevin Atkinson; see english-words.LICENSE."
  echo "# One word a line under '#<size>' (10 = most common ... 80 = rare); made by make-english-words.sh."
  for level in 10 20 35 40 50 55 60 70 80; do
    echo "#$level"
    ls "$dir" | grep -E "^(english|american|british|british_z|canadian|australian|variant_1|variant_2|variant_3)-(words|upper|proper-names|contractions|abbreviations)\.$level$" \
      | sed "s|^|$dir/|" | xargs cat | grep -v "'s$" | LC_ALL=C sort -u | LC_ALL=C comm -23 - "$seen" | tee -a "$seen.new"
    LC_ALL=C sort -u "$seen" "$seen.new" -o "$seen"; rm -f "$seen.new"
  done
} > "$out"
