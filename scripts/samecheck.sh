#!/usr/bin/env bash
# samecheck.sh OLDREV NEWDIR — run examples/extract built from OLDREV and from
# the working tree NEWDIR over every document the project scores (the seed,
# gold/news, testdata/annotations, testdata/written, testdata/*.txt) and list
# the documents whose JSON differs: what a change moves, to be judged one by
# one against the golds before it lands (see the README, "Command-line tools").
# Needs the shared data folder ($NABA_SHARED or ../shared next to the repository).
#   TAG=name   work dir /tmp/samecheck-TAG (default: basename of NEWDIR); one run per TAG at a time
#   SKIP=pfx   skip testdata/written texts whose name starts with pfx (only for an unscored blind measure)
# NEW is built first, from NEWDIR as it is when the script starts: do not edit
# NEWDIR until /tmp/samecheck-TAG/new.bin exists. Diffs: /tmp/samecheck-TAG/diff/NAME.diff
set -euo pipefail
new=$(cd "$2" && pwd); tag=${TAG:-$(basename "$new")}
# OLD is fixed to its commit now: main may move while NEW builds.
old=$(git -C "$new" rev-parse --verify "$1^{commit}")
shared=${NABA_SHARED:-$(cd "$new/.." && pwd)/shared}
[ -f "$shared/gold/seed.json" ] || { echo "samecheck.sh: $shared/gold/seed.json not found (set NABA_SHARED)" >&2; exit 1; }
w=/tmp/samecheck-$tag
rm -rf "$w"; mkdir -p "$w/old" "$w/new" "$w/diff"
(cd "$new" && go build -o "$w/new.bin" ./examples/extract)
# A run stopped while OLD built (a failed build, ^C) left its oldtree
# registered and the rm above took its folder: git would refuse the path
# ("missing but already registered worktree") until pruned; -f takes it
# back, and the trap removes the tree however this run ends.
trap 'git -C "$new" worktree remove --force "$w/oldtree" 2>/dev/null || true' EXIT
git -C "$new" worktree add -q -f --detach "$w/oldtree" "$old"
(cd "$w/oldtree" && go build -o "$w/old.bin" ./examples/extract)
git -C "$new" worktree remove --force "$w/oldtree"
python3 - "$shared/corpus/news/manifest.tsv" > "$w/refdates.tsv" <<'PY'
import csv, sys
from email.utils import parsedate_to_datetime
for row in csv.DictReader(open(sys.argv[1], encoding='utf-8'), delimiter='\t'):
    d = row['published_or_extracted'].strip()
    try: day = parsedate_to_datetime(d).date().isoformat()
    except (TypeError, ValueError): day = d[:10]
    print(row['file'] + '\t' + day)
PY
# list: NAME<TAB>TEXT<TAB>REFDATE
{
  printf 'seed\t%s\t%s\n' "$shared/seeds/000_d71596f88f27592e.txt" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ref_date"])' "$shared/gold/seed.json")"
  for g in "$shared"/gold/news/*.json "$new"/testdata/annotations/*.json; do
    n=$(basename "$g" .json); printf '%s\t%s\t%s\n' "$n" "$shared/corpus/news/$n.txt" "$(awk -F'\t' -v f="$n.txt" '$1 == f {print $2}' "$w/refdates.tsv")"
  done
  for g in "$new"/testdata/written/annotations/*.json; do
    n=$(basename "$g" .json)
    if [ -n "${SKIP:-}" ] && [[ $n == "$SKIP"* ]]; then continue; fi
    printf '%s\t%s\t%s\n' "$n" "$new/testdata/written/$n.txt" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["ref_date"])' "$g")"
  done
  for t in "$new"/testdata/*.txt; do printf 'testdata_%s\t%s\t2015-06-01\n' "$(basename "$t" .txt)" "$t"; done
} | sort -u > "$w/list.tsv"
total=0; changed=0
while IFS=$'\t' read -r n t r; do
  total=$((total+1))
  ra=(); [ -n "$r" ] && ra=(-ref-date="$r")
  "$w/old.bin" -quiet "${ra[@]}" "$t" > "$w/old/$n.json" 2>/dev/null || true
  "$w/new.bin" -quiet "${ra[@]}" "$t" > "$w/new/$n.json" 2>/dev/null || true
  if ! cmp -s "$w/old/$n.json" "$w/new/$n.json"; then
    changed=$((changed+1)); echo "changed: $n"
    diff <(python3 -m json.tool --no-ensure-ascii "$w/old/$n.json") <(python3 -m json.tool --no-ensure-ascii "$w/new/$n.json") > "$w/diff/$n.diff" || true
  fi
done < "$w/list.tsv"
echo "samecheck $old -> $new: $changed of $total documents changed${SKIP:+ (skipped $SKIP*)}"
