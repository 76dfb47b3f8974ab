#!/usr/bin/env bash
# Throughput and memory of the whole pipeline: examples/extract over the
# news corpus repeated N times as a JSONL stream (jsonl in, jsonl out),
# with 1 and 2 workers. Prints wall-clock MB/s, MB per CPU-second (a
# better figure on a shared machine) and the peak resident memory.
#
# usage: scripts/speed.sh [N] [SHARED_DIR]     (default N=20, $NABA_SHARED or ../shared)
#
# EXTRACT=/path/to/extract runs that binary instead of building this
# tree's (to compare an old build with a new one, alternating runs).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
shared=${2:-${NABA_SHARED:-../shared}}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ -n "${EXTRACT:-}" ]; then
  cp "$EXTRACT" "$out/extract"
else
  go build -o "$out/extract" ./examples/extract
fi
python3 - "$shared/corpus/news" "$n" > "$out/in.jsonl" <<'PY'
import glob, json, os, sys
docs = [(os.path.basename(f), open(f, encoding='utf-8').read()) for f in sorted(glob.glob(os.path.join(sys.argv[1], '*.txt')))]
for i in range(int(sys.argv[2])):
    for name, text in docs:
        print(json.dumps({'path': f'{i}/{name}', 'text': text}, ensure_ascii=False))
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1], encoding='utf-8')))" "$out/in.jsonl")
docs=$(wc -l < "$out/in.jsonl")
echo "input: $docs documents, $((bytes / 1000000)) MB of article text (corpus x $n)"
for w in 1 2; do
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$out/extract" -quiet -in jsonl -format jsonl -workers "$w" "$out/in.jsonl" > "$out/out.jsonl" 2> "$out/err" || true
  if [ -s "$out/err" ]; then echo "  ($(grep -c . "$out/err") lines on stderr, first: $(head -1 "$out/err"))"; fi
  read -r wall user sys rss < <(tail -1 "$out/time")
  python3 -c "
import sys
b, wall, cpu, rss, w = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]) + float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
print(f'workers={w}: {wall:.1f} s wall, {b/1e6/wall:.2f} MB/s; {cpu:.1f} CPU-s, {b/1e6/cpu:.2f} MB per CPU-second; peak RSS {rss/1024:.0f} MB')
" "$bytes" "$wall" "$user" "$sys" "$rss" "$w"
done
