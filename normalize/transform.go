package normalize

import (
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// A Transformer normalizes a stream: it implements
// golang.org/x/text/transform.Transformer, and its output equals what
// Normalizer.String returns for the whole stream, however the stream is
// cut into chunks.
//
// A Transformer keeps a little state between calls (the last output letter,
// which a combining hamza in the next chunk may change, and output that
// did not fit in dst), so it serves one stream at a time; Reset makes it
// ready for the next. Get one from Normalizer.NewTransformer.
type Transformer struct {
	n *Normalizer
	// buf holds output not yet delivered. Unless the stream has ended, a
	// last letter that a combining mark could still change stays in buf.
	buf []byte
	// prev is the last output rune delivered, or -1.
	prev rune
}

var _ transform.Transformer = (*Transformer)(nil)

// NewTransformer returns a Transformer that normalizes a stream as n
// does.
func (n *Normalizer) NewTransformer() *Transformer {
	return &Transformer{n: n, prev: -1}
}

// Reader returns a reader of the normalization of r.
func (n *Normalizer) Reader(r io.Reader) io.Reader {
	return transform.NewReader(r, n.NewTransformer())
}

// Reset implements transform.Transformer: the Transformer forgets the
// stream it was reading.
func (t *Transformer) Reset() {
	t.buf = t.buf[:0]
	t.prev = -1
}

// Transform implements transform.Transformer.
func (t *Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	// The held letter may still combine with a mark at the start of src.
	final := atEOF && len(src) == 0
	nDst = t.deliver(dst, final)
	if t.pending(final) > 0 {
		return nDst, 0, transform.ErrShortDst
	}
	cut := len(src)
	if !atEOF {
		cut = safeCut(src)
	}
	if cut > 0 {
		out, _, changed := appendNorm(t.n, t.buf, nil, src[:cut], false, 0, t.prev)
		if !changed {
			out = append(t.buf, src[:cut]...)
		}
		t.buf = out
		nSrc = cut
		nDst += t.deliver(dst[nDst:], atEOF)
		if t.pending(atEOF) > 0 {
			return nDst, nSrc, transform.ErrShortDst
		}
	}
	if cut < len(src) {
		return nDst, nSrc, transform.ErrShortSrc
	}
	return nDst, nSrc, nil
}

// pending returns how many bytes of buf can be delivered now: all of them
// at the end of the stream, else all but a last letter that a combining
// mark in the next chunk could change.
func (t *Transformer) pending(atEOF bool) int {
	if atEOF || len(t.buf) == 0 {
		return len(t.buf)
	}
	r, size := utf8.DecodeLastRune(t.buf)
	if composes(r) {
		return len(t.buf) - size
	}
	return len(t.buf)
}

// deliver copies what it can of the deliverable output into dst, whole
// runes only, and remembers the last rune it delivered.
func (t *Transformer) deliver(dst []byte, atEOF bool) int {
	p := t.pending(atEOF)
	if p == 0 {
		return 0
	}
	k := min(len(dst), p)
	for k < p && k > 0 && !utf8.RuneStart(t.buf[k]) {
		k--
	}
	if k == 0 {
		return 0
	}
	copy(dst, t.buf[:k])
	t.prev, _ = utf8.DecodeLastRune(t.buf[:k])
	t.buf = t.buf[:copy(t.buf, t.buf[k:])]
	return k
}

// safeCut returns the length of the longest prefix of src whose
// normalization does not depend on bytes after src: it leaves out an
// incomplete UTF-8 sequence at the end, and a final zero-width space or
// non-joiner, which becomes a space only if a word follows, or a final
// ligature of several words (ﷺ ﷻ), which is set apart from a word that
// follows.
func safeCut(src []byte) int {
	cut := len(src)
	for k := 1; k <= utf8.UTFMax-1 && k <= cut; k++ {
		if c := src[cut-k]; c&0xC0 != 0x80 {
			if !utf8.FullRune(src[cut-k:]) {
				cut -= k
			}
			break
		}
	}
	if cut >= 3 && (src[cut-3] == 0xE2 && src[cut-2] == 0x80 && (src[cut-1] == 0x8B || src[cut-1] == 0x8C) ||
		src[cut-3] == 0xEF && src[cut-2] == 0xB7 && (src[cut-1] == 0xBA || src[cut-1] == 0xBB)) {
		cut -= 3
	}
	return cut
}
