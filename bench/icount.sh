#!/usr/bin/env bash
# Instructions per benchmark op, counted by valgrind (cachegrind): a figure
# that other programs on a shared machine cannot disturb. It runs the
# benchmark with -benchtime 2x and 6x and divides the difference by 4, so
# setup work cancels out.
#   usage: ./icount.sh PACKAGE BENCH-REGEX     e.g. ./icount.sh ./snowball/ 'Stem/impl=naba$'
set -euo pipefail
pkg=$1 re=$2
bin=$(mktemp)
trap 'rm -f "$bin"' EXIT
go test -c -o "$bin" "$pkg"
dir=$(go list -f '{{.Dir}}' "$pkg")
count() {
  (cd "$dir" && valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$bin" -test.run '^$' -test.bench "$re" -test.benchtime "$1" -test.cpu 1 2>&1) |
    sed -n 's/.*I *refs: *//p' | tr -d ,
}
a=$(count 2x) b=$(count 6x)
echo "$re: $(( (b - a) / 4 )) instructions/op"
