#!/usr/bin/env bash
# Score examples/extract against the gold annotations in the shared data
# folder with its score.py: the seed page (reference date from its gold
# file) and the annotated news articles (reference dates from
# corpus/news/manifest.tsv, column published_or_extracted), one
# -ref-date per file.
#
# usage: scripts/score.sh [-no-ref] [SHARED_DIR]     (default $NABA_SHARED or ../shared)
#   -no-ref   pass no -ref-date: score the document-date inference instead
# With NABA_SCORE_KEEP=DIR the predictions are kept in DIR (seed.json,
# pred/ for gold/news, ann/ for the team annotations, written/ for the
# team-written texts), for scripts/evdiff.py.
set -euo pipefail
cd "$(dirname "$0")/.."
noref=0
if [ "${1:-}" = "-no-ref" ]; then noref=1; shift; fi
shared=${1:-${NABA_SHARED:-../shared}}
[ -f "$shared/tools/score.py" ] || { echo "score.sh: $shared/tools/score.py not found" >&2; exit 1; }
out=$(mktemp -d)
trap 'if [ -n "${NABA_SCORE_KEEP:-}" ]; then mkdir -p "$NABA_SCORE_KEEP" && (cd "$out" && cp -r seed.json pred ann written "$NABA_SCORE_KEEP"/ 2>/dev/null || true); fi; rm -rf "$out"' EXIT
go build -o "$out/extract" ./examples/extract

refarg() { # refarg DATE -> the -ref-date flag, unless -no-ref
  if [ "$noref" = 1 ] || [ -z "$1" ]; then return; fi
  echo "-ref-date=$1"
}

seedref=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ref_date"])' "$shared/gold/seed.json")
"$out/extract" -quiet $(refarg "$seedref") "$shared/seeds/000_d71596f88f27592e.txt" > "$out/seed.json"
echo "== seed ($shared/gold/seed.json)"
python3 "$shared/tools/score.py" "$shared/gold/seed.json" "$out/seed.json"

# file -> YYYY-MM-DD from the manifest (RFC 1123 dates or "YYYY-MM-DD hh:mm:ss").
python3 - "$shared/corpus/news/manifest.tsv" > "$out/refdates.tsv" <<'PY'
import csv, sys
from email.utils import parsedate_to_datetime
for row in csv.DictReader(open(sys.argv[1], encoding='utf-8'), delimiter='\t'):
    d = row['published_or_extracted'].strip()
    try:
        day = parsedate_to_datetime(d).date().isoformat()
    except (TypeError, ValueError):
        day = d[:10]
    print(row['file'] + '\t' + day)
PY
mkdir -p "$out/pred"
for g in "$shared"/gold/news/*.json; do
  name=$(basename "$g" .json)
  ref=$(awk -F'\t' -v f="$name.txt" '$1 == f {print $2}' "$out/refdates.tsv")
  "$out/extract" -quiet $(refarg "$ref") "$shared/corpus/news/$name.txt" > "$out/pred/$name.json"
done
echo
echo "== gold/news ($(ls "$shared"/gold/news/*.json | wc -l) articles, micro-averaged)"
python3 "$shared/tools/score.py" --pairs "$shared/gold/news" "$out/pred"

# The team's own annotations of other articles of corpus/news
# (testdata/annotations, same format; written for generalization checks,
# after the rules were written: see the README).
anns=(testdata/annotations/*.json)
if [ -e "${anns[0]}" ]; then
  mkdir -p "$out/ann"
  for g in "${anns[@]}"; do
    name=$(basename "$g" .json)
    ref=$(awk -F'\t' -v f="$name.txt" '$1 == f {print $2}' "$out/refdates.tsv")
    "$out/extract" -quiet $(refarg "$ref") "$shared/corpus/news/$name.txt" > "$out/ann/$name.json"
  done
  echo
  echo "== team annotations (${#anns[@]} articles of corpus/news, micro-averaged)"
  python3 "$shared/tools/score.py" --pairs testdata/annotations "$out/ann"
fi

# Texts the team wrote itself (testdata/written, annotated before naba was run
# on them: see the README); each annotation gives its own ref_date, and the
# texts are in the repository, not in the shared folder.
wanns=(testdata/written/annotations/*.json)
if [ -e "${wanns[0]}" ]; then
  mkdir -p "$out/written"
  for g in "${wanns[@]}"; do
    name=$(basename "$g" .json)
    ref=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["ref_date"])' "$g")
    "$out/extract" -quiet $(refarg "$ref") "testdata/written/$name.txt" > "$out/written/$name.json"
  done
  echo
  echo "== team-written texts (${#wanns[@]} texts of testdata/written, micro-averaged)"
  python3 "$shared/tools/score.py" --pairs testdata/written/annotations "$out/written"

  # Each blind measure alone (blindN_*: five texts written and annotated
  # before naba was run on them); they are counted in the section above too.
  blind_measure() { # blind_measure N ORDINAL
    local g=("testdata/written/annotations/blind$1_"*.json)
    [ -e "${g[0]}" ] || return 0
    mkdir -p "$out/gold$1"
    cp "${g[@]}" "$out/gold$1"/
    echo
    echo "== team-written texts, $2 measure (${#g[@]} texts of testdata/written/blind$1_*, micro-averaged)"
    python3 "$shared/tools/score.py" --pairs "$out/gold$1" "$out/written"
  }
  blind_measure 7 seventh
  blind_measure 8 eighth
  blind_measure 9 ninth
  blind_measure 10 tenth
  blind_measure 11 eleventh
  blind_measure 12 twelfth
  blind_measure 13 thirteenth
  blind_measure 14 fourteenth
  blind_measure 15 fifteenth
  blind_measure 16 sixteenth
  blind_measure 17 seventeenth
  blind_measure 18 eighteenth
  blind_measure 19 nineteenth
  blind_measure 20 twentieth
  blind_measure 21 twenty-first
  blind_measure 22 twenty-second
  blind_measure 23 twenty-third
  blind_measure 24 twenty-fourth
  blind_measure 25 twenty-fifth
  blind_measure 26 twenty-sixth
  blind_measure 27 twenty-seventh
  blind_measure 28 twenty-eighth
  blind_measure 29 twenty-ninth
fi
