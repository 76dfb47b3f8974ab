#!/usr/bin/env bash
# Instructions per benchmark op, counted by valgrind (cachegrind): a figure
# that other programs on a shared machine cannot disturb. It runs the
# benchmark with -benchtime LOx and HIx (2 and 6 unless $LO and $HI say
# otherwise) and divides the difference by HI-LO, so setup work cancels
# out. For benchmarks of a few hundred microseconds that allocate, take
# LO=5 HI=55: the garbage collector's work then averages out.
#   usage: ./icount.sh PACKAGE BENCH-REGEX     e.g. ./icount.sh ./snowball/ 'Stem/impl=naba$'
# The regexp is matched level by level against full names: '^BenchmarkMap$'
# selects BenchmarkMap alone, 'Map$' BenchmarkAppendMap too.
set -euo pipefail
pkg=$1 re=$2
lo=${LO:-2} hi=${HI:-6}
bin=$(mktemp)
trap 'rm -f "$bin"' EXIT
go test -c -o "$bin" "$pkg"
dir=$(go list -f '{{.Dir}}' "$pkg")
count() {
  (cd "$dir" && valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$bin" -test.run '^$' -test.bench "$re" -test.benchtime "$1" -test.cpu 1 2>&1) |
    sed -n 's/.*I *refs: *//p' | tr -d ,
}
a=$(count "${lo}x") b=$(count "${hi}x")
echo "$re: $(( (b - a) / (hi - lo) )) instructions/op"
