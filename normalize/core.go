package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bytestring is the type set of the inputs the normalization loop reads:
// one loop serves String (string) and Bytes and the Transformer ([]byte).
type bytestring interface{ ~string | ~[]byte }

// decodeRune is utf8.DecodeRuneInString(s[i:]) for strings and byte
// slices alike: an invalid or incomplete sequence yields (RuneError, 1).
func decodeRune[S bytestring](s S, i int) (rune, int) {
	const (
		cont = 0x80
		mask = 0x3F
	)
	c0 := s[i]
	n := len(s) - i
	switch {
	case c0 < utf8.RuneSelf:
		return rune(c0), 1
	case c0 < 0xC2:
		return utf8.RuneError, 1
	case c0 < 0xE0:
		if n < 2 || s[i+1]&0xC0 != cont {
			return utf8.RuneError, 1
		}
		return rune(c0&0x1F)<<6 | rune(s[i+1]&mask), 2
	case c0 < 0xF0:
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
		if n < 3 || s[i+1] < lo || s[i+1] > hi || s[i+2]&0xC0 != cont {
			return utf8.RuneError, 1
		}
		return rune(c0&0x0F)<<12 | rune(s[i+1]&mask)<<6 | rune(s[i+2]&mask), 3
	case c0 < 0xF5:
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
		if n < 4 || s[i+1] < lo || s[i+1] > hi || s[i+2]&0xC0 != cont || s[i+3]&0xC0 != cont {
			return utf8.RuneError, 1
		}
		return rune(c0&0x07)<<18 | rune(s[i+1]&mask)<<12 | rune(s[i+2]&mask)<<6 | rune(s[i+3]&mask), 4
	}
	return utf8.RuneError, 1
}

// lastRune returns the last rune of the output dst[floor:], or -1.
func lastRune(dst []byte, floor int) rune {
	if len(dst) <= floor {
		return -1
	}
	r, _ := utf8.DecodeLastRune(dst[floor:])
	return r
}

// span returns the length of the longest prefix of src that the
// normalization leaves unchanged. dst[floor:] is the output already
// produced before src (its last rune is the letter a leading hamza mark
// would combine with).
func span[S bytestring](n *Normalizer, src S, dst []byte, floor int) int {
	cls := &n.cls
	i := 0
	for {
		if i = skipKeep(n, src, i); i >= len(src) {
			return i
		}
		c := src[i]
		if c-0xD8 < 4 && i+1 < len(src) {
			c1 := src[i+1]
			if c1&0xC0 == 0x80 {
				x := (int(c-0xD8)<<6 | int(c1&0x3F)) & 0xFF
				k := cls[x]
				if k == keep {
					i += 2
					continue
				}
				if k == mark && !n.opts.Diacritics {
					var p rune
					if i > 0 {
						p, _ = lastRuneOf(src[:i])
					} else {
						p = lastRune(dst, floor)
					}
					if _, ok := n.composeFold(p, rune(c&0x1F)<<6|rune(c1&0x3F)); !ok {
						i += 2
						continue
					}
				}
			}
			return i
		}
		r, size := decodeRune(src, i)
		if r == utf8.RuneError && size == 1 {
			return i
		}
		if k, _ := n.other(r); k != otherKeep {
			return i
		}
		i += size
	}
}

// lastRuneOf decodes the last rune of s (which is valid UTF-8 where it is
// called).
func lastRuneOf[S bytestring](s S) (rune, int) {
	start := len(s) - 1
	for start > 0 && len(s)-start < utf8.UTFMax && s[start]&0xC0 == 0x80 {
		start--
	}
	r, size := decodeRune(s, start)
	if start+size != len(s) {
		return utf8.RuneError, 1
	}
	return r, size
}

// appendIdentity appends the offsets from, from+1, …, to-1.
func appendIdentity(offs []int32, from, to int) []int32 {
	k := len(offs)
	offs = slices.Grow(offs, to-from)[:k+to-from]
	o := offs[k:]
	for j := range o {
		o[j] = int32(from + j)
	}
	return offs
}

// appendConst appends the offset at count times.
func appendConst(offs []int32, at, count int) []int32 {
	for range count {
		offs = append(offs, int32(at))
	}
	return offs
}

// appendNorm is the normalization loop. It appends the normalization of
// src to dst and reports whether it differs from src; when it does not,
// it appends nothing and the caller uses src itself.
//
// dst[floor:] is output of this same normalization produced before src:
// its last rune is the letter a leading hamza mark combines with, and it
// may be rewritten. prev is the output rune before dst[floor:] (-1 for
// none); it only decides whether a zero-width space or a phrase ligature
// at the start of src is set apart from a word. When withOffs is set,
// appendNorm appends to offs, for every byte it appends to dst, the offset
// in src of the rune that produced it.
func appendNorm[S bytestring](n *Normalizer, dst []byte, offs []int32, src S, withOffs bool, floor int, prev rune) ([]byte, []int32, bool) {
	i := span(n, src, dst, floor)
	if i == len(src) {
		return dst, offs, false
	}
	// Both loops write into out[:w] by index. Except for the rare
	// expansions, which re-establish it, the output never outgrows the
	// input, so out always has room for what is left of src plus the
	// slack of a two-byte store.
	dst = slices.Grow(dst, len(src)+utf8.UTFMax)
	if withOffs {
		offs = slices.Grow(offs, len(src)+utf8.UTFMax)
	}
	st := loopState{floor: floor, prev: prev, withOffs: withOffs}
	switch {
	case !withOffs:
		dst = writeAll(n, &st, dst, src, i, changesAreDense(n, src, i))
	case changesAreDense(n, src, i):
		dst, offs = writeThrough(n, &st, dst, offs, src, i)
	default:
		dst, offs = copyRuns(n, &st, dst, offs, src, i)
	}
	return dst, offs, true
}

// writeAll is the loop without offsets: it writes every character
// through the tables (see writeRun), eight bytes at a time where it can,
// and handles the rest one rune at a time. src[:i] is unchanged.
func writeAll[S bytestring](n *Normalizer, st *loopState, dst []byte, src S, i int, dense bool) []byte {
	out, w := dst[:cap(dst)], len(dst)
	w += copy(out[w:], src[:i])
	for {
		if dense {
			w, i = writeDense(n, out, w, src, i)
		} else {
			w, i = writeRun(n, out, w, src, i)
		}
		// The rare characters, as many as come in a row (a word of
		// another script).
		for i < len(src) && !tabled(src, i) {
			r, size := decodeRune(src, i)
			if !isHamzaMark(r) && (r != utf8.RuneError || size != 1) {
				if k, _ := n.other(r); k == otherKeep {
					w = copyRun(out, w, src, i, i+size)
					i += size
					continue
				}
			}
			dst, _ = rareRune(n, st, out[:w], nil, src, i, r, size)
			i += size
			out, w = dst[:cap(dst)], len(dst)
		}
		if i >= len(src) {
			break
		}
	}
	return out[:w]
}

// tabled reports whether the character at src[i] is one that the tables
// handle: an ASCII byte or a character of U+0600–U+06FF other than a
// hamza or madda mark.
func tabled[S bytestring](src S, i int) bool {
	c := src[i]
	if c < utf8.RuneSelf {
		return true
	}
	return c-0xD8 < 4 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 && !(c == 0xD9 && src[i+1]-0x93 < 3)
}

// loopState is what the loops pass to the handling of rare runes.
type loopState struct {
	floor    int
	prev     rune
	withOffs bool
	// segs, when not nil, records the offset map as runs (see segment)
	// instead of offs; only copyRuns records them.
	segs *[]segment
}

// copied records that out[w:] starts a run copied from src[from:].
func (st *loopState) copied(w, from int) {
	s := *st.segs
	if n := len(s); n > 0 && s[n-1].src >= 0 && int(s[n-1].src)+w-int(s[n-1].norm) == from {
		return
	}
	*st.segs = append(s, segment{int32(w), int32(from)})
}

// replaced records that out[w:] starts a run produced by the source
// character at at.
func (st *loopState) replaced(w, at int) {
	s := *st.segs
	if n := len(s); n > 0 && s[n-1].src == ^int32(at) {
		return
	}
	*st.segs = append(s, segment{int32(w), ^int32(at)})
}

// densityWindow is how far ahead changesAreDense looks.
const densityWindow = 256

// changesAreDense reports whether more than one rune in four of the
// Arabic block changes in the next densityWindow bytes of src from i, as
// in diacritized text under Options.Diacritics (one in two). News as
// published changes one rune in eight to one in four under Search (ة, أ,
// ى …); the run loops, which patch such changes in place, are faster
// there (at one in eight, 7 of the 38 news articles took the dense loops,
// and Analyze of each article cost 9% more instructions).
func changesAreDense[S bytestring](n *Normalizer, src S, i int) bool {
	end := min(len(src), i+densityWindow)
	changes, runes := 0, 0
	for ; i+1 < end; i++ {
		v := uint16(src[i]) | uint16(src[i+1])<<8
		if v&0xC0FC == 0x80D8 {
			runes++
			if n.cls[(v&3)<<6|(v>>8)&0x3F] != keep {
				changes++
			}
			i++
		}
	}
	return changes*4 > runes
}

// copyRuns is the loop for text with few changes when the offsets are
// kept: runs of characters that keep their length (see sameRun) map byte
// for byte to the source, so their offsets are recorded once per run.
func copyRuns[S bytestring](n *Normalizer, st *loopState, dst []byte, offs []int32, src S, i int) ([]byte, []int32) {
	out, w := dst[:cap(dst)], len(dst)
	w += copy(out[w:], src[:i])
	if st.segs != nil && i > 0 {
		st.copied(len(dst), 0)
	}
	if st.withOffs {
		offs = appendIdentity(offs, 0, i)
	}
	cls, rep := &n.cls, &n.rep
	withOffs := st.withOffs
	for {
		w2, j := sameRun(n, out, w, src, i)
		if j > i {
			if st.segs != nil {
				st.copied(w, i)
			}
			if withOffs {
				offs = appendIdentity(offs, i, j)
			}
		}
		w, i = w2, j
		if i >= len(src) {
			break
		}
		c := src[i]
		if c-0xD8 < 4 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			c1 := src[i+1]
			x := (int(c-0xD8)<<6 | int(c1&0x3F)) & 0xFF
			switch cls[x] {
			case replace1:
				if st.segs != nil {
					st.replaced(w, i)
				}
				out[w] = rep[x][0]
				w++
				if withOffs {
					offs = append(offs, int32(i))
				}
			case mark:
				var d []byte
				d, offs = n.appendMark(out[:w], offs, withOffs, st.floor, rune(c&0x1F)<<6|rune(c1&0x3F), i)
				if st.segs != nil && len(d) > w {
					st.copied(w, i) // the mark is kept as it is
				}
				w = len(d)
			}
			// remove: nothing is written
			i += 2
			continue
		}
		r, size := decodeRune(src, i)
		if r != utf8.RuneError || size != 1 {
			if k, _ := n.other(r); k == otherKeep {
				if st.segs != nil {
					st.copied(w, i)
				}
				w = copyRun(out, w, src, i, i+size)
				if withOffs {
					offs = appendIdentity(offs, i, i+size)
				}
				i += size
				continue
			}
		}
		dst, offs = rareRune(n, st, out[:w], offs, src, i, r, size)
		if st.segs != nil && len(dst) > w {
			st.replaced(w, i) // every byte rareRune writes here comes from src[i]
		}
		i += size
		out, w = dst[:cap(dst)], len(dst)
	}
	return out[:w], offs
}

// copyRun copies src[from:to] to out[w:] and returns the new w. Short
// runs are copied byte by byte rather than through a call to memmove.
func copyRun[S bytestring](out []byte, w int, src S, from, to int) int {
	if to-from <= 8 {
		for k := from; k < to; k++ {
			out[w] = src[k]
			w++
		}
		return w
	}
	return w + copy(out[w:], src[from:to])
}

// writeThrough is the loop with offsets for text where changes are
// dense: it writes every rune through the pairTable, without branching on
// what the rune becomes (in diacritized text every other rune is removed,
// and a branch per rune would be mispredicted half of the time).
func writeThrough[S bytestring](n *Normalizer, st *loopState, dst []byte, offs []int32, src S, i int) ([]byte, []int32) {
	out, w := dst[:cap(dst)], len(dst)
	w += copy(out[w:], src[:i])
	offs = appendIdentity(offs, 0, i)
	ob, ow := offs[:cap(offs)], len(offs)
	t := &n.pair
	for i < len(src) {
		if i+1 < len(src) {
			v := uint16(src[i]) | uint16(src[i+1])<<8
			if v&pairMask == pairPat {
				if e := t[pairIndex(v)]; e < pairRare {
					out[w] = byte(e)
					out[w+1] = byte(e >> 8)
					w += int(e >> pairLenShift)
					// A character that keeps its length maps byte for
					// byte; the second offset is overwritten otherwise.
					ob[ow], ob[ow+1] = int32(i), int32(i+1)
					ow += int(e >> pairLenShift)
					i += 2
					continue
				}
			} else if v&0x80 == 0 {
				out[w] = byte(v)
				w++
				ob[ow] = int32(i)
				ow++
				i++
				continue
			}
		} else if c := src[i]; c < utf8.RuneSelf {
			out[w] = c
			w++
			ob[ow] = int32(i)
			ow++
			i++
			continue
		}
		offs = ob[:ow]
		r, size := decodeRune(src, i)
		dst, offs = rareRune(n, st, out[:w], offs, src, i, r, size)
		i += size
		out, w = dst[:cap(dst)], len(dst)
		ob, ow = offs[:cap(offs)], len(offs)
	}
	return out[:w], offs[:ow]
}

// rareRune appends what the rune r (size bytes at src[i]) becomes when it
// is not an ASCII byte nor a tabled rune of the Arabic block: a hamza or
// madda mark, a rune of another script, a control, a space, a
// presentation form, an invalid byte. It leaves room in dst and offs for
// what is left of src.
func rareRune[S bytestring](n *Normalizer, st *loopState, dst []byte, offs []int32, src S, i int, r rune, size int) ([]byte, []int32) {
	withOffs := st.withOffs
	var k otherKind
	var rep string
	switch {
	case isHamzaMark(r):
		dst, offs = n.appendMark(dst, offs, withOffs, st.floor, r, i)
		k = otherRemove
	case r == utf8.RuneError && size == 1:
		k, rep = otherExpand, "\uFFFD"
	default:
		k, rep = n.other(r)
	}
	switch k {
	case otherKeep:
		dst = append(dst, src[i:i+size]...)
		if withOffs {
			offs = appendIdentity(offs, i, i+size)
		}
	case otherSpace:
		dst = append(dst, ' ')
		if withOffs {
			offs = append(offs, int32(i))
		}
	case otherContext:
		p := lastRune(dst, st.floor)
		if p < 0 {
			p = st.prev
		}
		if p >= 0 && !isSpaceLike(p) && i+size < len(src) {
			if next, _ := decodeRune(src, i+size); !isSpaceLike(next) {
				dst = append(dst, ' ')
				if withOffs {
					offs = append(offs, int32(i))
				}
			}
		}
	case otherExpand:
		// A ligature of several words (ﷺ) glued to a word is set apart
		// from it, so that no two words are glued together.
		phrase := strings.IndexByte(rep, ' ') >= 0
		if phrase {
			if p := lastRune(dst, st.floor); p >= 0 && isWordRune(p) || p < 0 && st.prev >= 0 && isWordRune(st.prev) {
				dst = append(dst, ' ')
				if withOffs {
					offs = append(offs, int32(i))
				}
			}
		}
		for _, er := range rep {
			dst, offs = n.appendRune(dst, offs, withOffs, st.floor, er, i)
		}
		if phrase && i+size < len(src) {
			if next, _ := decodeRune(src, i+size); isWordRune(next) {
				dst = append(dst, ' ')
				if withOffs {
					offs = append(offs, int32(i))
				}
			}
		}
	}
	room := len(src) - i - size + utf8.UTFMax
	if cap(dst)-len(dst) < room {
		dst = slices.Grow(dst, room)
	}
	if withOffs && cap(offs)-len(offs) < room {
		offs = slices.Grow(offs, room)
	}
	return dst, offs
}

// appendRune appends what the rune r of an expansion (a presentation form
// spelled out) becomes, produced by the source rune at offset at.
func (n *Normalizer) appendRune(dst []byte, offs []int32, withOffs bool, floor int, r rune, at int) ([]byte, []int32) {
	if r >= 0x600 && r <= 0x6FF {
		x := arIndex(r)
		switch n.cls[x] {
		case remove:
			return dst, offs
		case replace1, replace2:
			k := len(dst)
			dst = utf8.AppendRune(dst, n.fold(r))
			if withOffs {
				offs = appendConst(offs, at, len(dst)-k)
			}
			return dst, offs
		case mark:
			return n.appendMark(dst, offs, withOffs, floor, r, at)
		}
	}
	if n.opts.Diacritics && isDiacritic(r) {
		return dst, offs
	}
	k := len(dst)
	dst = utf8.AppendRune(dst, r)
	if withOffs {
		offs = appendConst(offs, at, len(dst)-k)
	}
	return dst, offs
}

// appendMark handles the hamza or madda mark m at offset at: it combines
// with the output letter before it when they compose (the mark then
// belongs to that letter), else it is removed under Options.Diacritics or
// kept.
func (n *Normalizer) appendMark(dst []byte, offs []int32, withOffs bool, floor int, m rune, at int) ([]byte, []int32) {
	if len(dst) > floor {
		p, size := utf8.DecodeLastRune(dst[floor:])
		if c, ok := n.composeFold(p, m); ok && size == 2 && utf8.RuneLen(c) == 2 {
			utf8.EncodeRune(dst[len(dst)-2:], c)
			return dst, offs
		}
	}
	if n.opts.Diacritics {
		return dst, offs
	}
	dst = utf8.AppendRune(dst, m)
	if withOffs {
		offs = appendIdentity(offs, at, at+2) // kept as it is
	}
	return dst, offs
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// mark of any script, or a presentation form.
func isWordRune(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFB || r >= 0xFE70 && r <= 0xFEFC ||
		unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
