package normalize

import (
	"slices"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// String returns s normalized. When nothing changes it returns s itself
// without allocating. Each byte of invalid UTF-8 becomes U+FFFD.
func (n *Normalizer) String(s string) string {
	if len(s) < blockMin && keepsAll(&n.pair, s) {
		return s // a word or a name that does not change: most calls
	}
	out, _, changed := appendNorm(n, nil, nil, s, false, 0, -1)
	if !changed {
		return s
	}
	return ownedString(out)
}

// ownedString returns the bytes of b as a string without copying them. b
// must be a buffer that nothing else refers to or will ever write to,
// like the output buffer a normalization loop allocated for the call that
// returns the string (as strings.Builder does).
func ownedString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Bytes returns b normalized. When nothing changes it returns b itself
// without allocating; otherwise a new slice, b is never modified.
func (n *Normalizer) Bytes(b []byte) []byte {
	if len(b) < blockMin && keepsAll(&n.pair, b) {
		return b
	}
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
	if len(s) < blockMin && keepsAll(&n.pair, s) {
		return append(dst, s...) // a word or a number that does not change
	}
	out, _, changed := appendNorm(n, dst, nil, s, false, len(dst), -1)
	if !changed {
		return append(dst, s...)
	}
	return out
}

// Append is AppendString for a byte slice src.
func (n *Normalizer) Append(dst, src []byte) []byte {
	if len(src) < blockMin && keepsAll(&n.pair, src) {
		return append(dst, src...)
	}
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
	t := new(Text)
	n.mapInto(t, src, nil)
	return t
}

// mapInto sets t to the normalization of src and its offset map, which it
// records in the memory of segs.
func (n *Normalizer) mapInto(t *Text, src string, segs []segment) {
	*t = Text{Source: src, spare: segs}
	i := span(n, src, nil, 0)
	if i == len(src) {
		t.Norm = src
		return
	}
	if changesAreDense(n, src, i) {
		// The write-through loop records an offset per byte, in scratch
		// space; the Text keeps them as runs.
		scratch := offsetPool.Get().(*[]int32)
		defer offsetPool.Put(scratch)
		out, offs, _ := appendNorm(n, nil, (*scratch)[:0], src, true, 0, -1)
		*scratch = offs[:0]
		t.Norm = ownedString(out)
		t.segs = compress(segs[:0], offs)
		t.spare = nil
		return
	}
	segs = slices.Grow(segs[:0], len(src)/64+4)
	st := loopState{prev: -1, segs: &segs}
	out, _ := copyRuns(n, &st, make([]byte, 0, len(src)+utf8.UTFMax), nil, src, i)
	t.Norm = ownedString(out)
	t.segs = segs
	t.spare = nil
}

// offsetPool holds the scratch per-byte offsets of Map, so that mapping
// text after text reuses one buffer.
var offsetPool = sync.Pool{New: func() any { return new([]int32) }}
