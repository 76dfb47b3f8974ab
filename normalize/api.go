package normalize

import (
	"sync"
	"unicode/utf8"
)

// String returns s normalized. When nothing changes it returns s itself
// without allocating. Each byte of invalid UTF-8 becomes U+FFFD.
func (n *Normalizer) String(s string) string {
	out, _, changed := appendNorm(n, nil, nil, s, false, 0, -1)
	if !changed {
		return s
	}
	return string(out)
}

// Bytes returns b normalized. When nothing changes it returns b itself
// without allocating; otherwise a new slice, b is never modified.
func (n *Normalizer) Bytes(b []byte) []byte {
	out, _, changed := appendNorm(n, nil, nil, b, false, 0, -1)
	if !changed {
		return b
	}
	return out
}

// AppendString appends the normalization of s to dst and returns the
// extended buffer. It allocates only when dst lacks room: reusing dst
// across calls normalizes without allocation.
func (n *Normalizer) AppendString(dst []byte, s string) []byte {
	out, _, changed := appendNorm(n, dst, nil, s, false, len(dst), -1)
	if !changed {
		return append(dst, s...)
	}
	return out
}

// Append is AppendString for a byte slice src.
func (n *Normalizer) Append(dst, src []byte) []byte {
	out, _, changed := appendNorm(n, dst, nil, src, false, len(dst), -1)
	if !changed {
		return append(dst, src...)
	}
	return out
}

// AppendMap appends the normalization of s to dst and, for every byte it
// appends to dst, a byte offset in s to offs: a byte copied unchanged, or
// replaced by one of a letter of the same length, maps to itself; a byte
// of a replacement of another length to the start of the character it
// replaces. Characters that normalization removes produce no byte: they
// belong to the output character before them. Reusing dst and offs across
// calls normalizes without allocation. Offsets are int32: s must be
// shorter than 2 GiB.
func (n *Normalizer) AppendMap(dst []byte, offs []int32, s string) ([]byte, []int32) {
	out, offsOut, changed := appendNorm(n, dst, offs, s, true, len(dst), -1)
	if !changed {
		return append(dst, s...), appendIdentity(offs, 0, len(s))
	}
	return out, offsOut
}

// Map normalizes src and keeps the offset map from the output back to src
// (see Text). When nothing changes, Norm is src itself and the map is the
// identity, which costs nothing. Offsets are kept as int32: src must be
// shorter than 2 GiB.
func (n *Normalizer) Map(src string) *Text {
	t := &Text{Source: src}
	i := span(n, src, nil, 0)
	if i == len(src) {
		t.Norm = src
		return t
	}
	if changesAreDense(n, src, i) {
		// The write-through loop records an offset per byte, in scratch
		// space; the Text keeps them as runs.
		scratch := offsetPool.Get().(*[]int32)
		defer offsetPool.Put(scratch)
		out, offs, _ := appendNorm(n, nil, (*scratch)[:0], src, true, 0, -1)
		*scratch = offs[:0]
		t.Norm = string(out)
		t.segs = compress(offs)
		return t
	}
	segs := make([]segment, 0, len(src)/64+4)
	st := loopState{prev: -1, segs: &segs}
	out, _ := copyRuns(n, &st, make([]byte, 0, len(src)+utf8.UTFMax), nil, src, i)
	t.Norm = string(out)
	t.segs = segs
	return t
}

// offsetPool holds the scratch per-byte offsets of Map, so that mapping
// text after text reuses one buffer.
var offsetPool = sync.Pool{New: func() any { return new([]int32) }}
