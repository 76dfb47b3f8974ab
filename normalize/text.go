package normalize

import (
	"slices"
)

// A Text is a normalized string together with the map from its bytes back
// to the source it came from. Later stages (dates, entities, events) work
// on Norm and report spans in Source through SourceSpan.
//
// Characters that normalization removed (diacritics, tatweel, invisible
// controls) belong to the output character before them: a span that ends
// after a word also covers the marks and controls that followed it in the
// source, but never the space after it.
//
// A Text is immutable once built and safe for concurrent use.
type Text struct {
	// Source is the caller's original input.
	Source string
	// Norm is the normalized text.
	Norm string
	// Tokens are the tokens of Norm, with spans in Norm. Filled by
	// Normalizer.Analyze; nil after Normalizer.Map.
	Tokens []Token
	// Sentences are the sentences of Norm, with spans in Norm and
	// token index ranges. Filled by Normalizer.Analyze.
	Sentences []Sentence

	// segs maps Norm back to Source, run by run (see segment); nil is
	// the identity map (nothing changed).
	segs []segment
	// spare keeps the memory of segs for AnalyzeInto while segs is nil.
	spare []segment
}

// A segment is a run of Norm bytes that map to Source alike: it starts at
// byte norm of Norm and lasts until the next segment (or the end of Norm).
// If src ≥ 0, the run was copied: byte norm+k comes from byte src+k of
// Source. If src < 0, every byte of the run comes from the one source
// character at ^src (a replacement, or the expansion of a ligature).
// Characters removed after a run belong to it: they lie between its
// source and the next segment's.
type segment struct {
	norm, src int32
}

// compress appends to segs the segments of the per-byte source offsets
// offs, in one pass.
func compress(segs []segment, offs []int32) []segment {
	segs = slices.Grow(segs, len(offs)/32+4)
	for k := 0; k < len(offs); {
		start, o := k, offs[k]
		k++
		if k < len(offs) && offs[k] == o {
			for k < len(offs) && offs[k] == o {
				k++
			}
			segs = append(segs, segment{int32(start), ^o})
			continue
		}
		for next := o + 1; k < len(offs) && offs[k] == next; next++ {
			k++
		}
		segs = append(segs, segment{int32(start), o})
	}
	return segs
}

// segAt returns the index of the segment that holds byte i of Norm (0 ≤ i
// < len(Norm)).
func (t *Text) segAt(i int) int {
	return lastSegAt(t.segs, 0, i)
}

// lastSegAt returns the index of the last segment of segs[lo:] that
// starts at or before byte i of Norm, or lo-1: sort.Search written out,
// since later stages map every token's span and the closure call per
// probe was the larger part of it.
func lastSegAt(segs []segment, lo, i int) int {
	hi := len(segs)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(segs[h].norm) > i {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo - 1
}

// SourceOffset returns the offset in Source of byte i of Norm (0 ≤ i ≤
// len(Norm)); the end of Norm maps to the end of Source. Offsets out of
// range are clamped.
func (t *Text) SourceOffset(i int) int {
	i = max(i, 0)
	if t.segs == nil {
		return min(i, len(t.Source))
	}
	if i >= len(t.Norm) {
		return len(t.Source)
	}
	sg := t.segs[t.segAt(i)]
	if sg.src < 0 {
		return int(^sg.src)
	}
	return int(sg.src) + i - int(sg.norm)
}

// SourceSpan maps the span [start, end) of Norm to the span of Source it
// came from: from the start of the source character that produced byte
// start to the end of the one that produced byte end-1, plus the removed
// characters after it (see Text). A span inside the expansion of one
// source character (a word of ﷺ spelled out) maps to that whole
// character. The result always satisfies 0 ≤ s ≤ e ≤ len(Source).
func (t *Text) SourceSpan(start, end int) (s, e int) {
	start = max(start, 0)
	if t.segs == nil || end <= start || end >= len(t.Norm) {
		s, e = t.SourceOffset(start), t.SourceOffset(end)
		return s, max(s, e)
	}
	return t.sourceSpanFrom(t.segAt(start), start, end)
}

// sourceSpanFrom is SourceSpan for 0 ≤ start < end < len(Norm) once the
// segment k of start is found. The segments of end-1 and end follow it
// closely in a token-sized span, so it walks to them, and searches again
// only for a long span.
func (t *Text) sourceSpanFrom(k, start, end int) (s, e int) {
	s = t.srcAt(k, start)
	k = t.segFrom(k, end-1)
	last := t.srcAt(k, end-1)
	if k+1 < len(t.segs) && int(t.segs[k+1].norm) <= end {
		k++
	}
	e = t.srcAt(k, end)
	if e == last {
		// end falls inside the output of one source character:
		// extend to the next source character.
		e = t.SourceOffset(t.NormOffset(last + 1))
	}
	return s, max(s, e)
}

// A Span is the byte range [Start, End) of a string.
type Span struct {
	Start, End int
}

// AppendTokenSources appends to dst the spans in Source of the tokens
// [from, to) of t (clamped to the token list), the spans TokenSource
// returns, and returns the extended slice. It reads the offset map in
// one pass forward, where a TokenSource per token searches it anew: for
// a stage that reads the source of every token.
func (t *Text) AppendTokenSources(dst []Span, from, to int) []Span {
	from, to = max(from, 0), min(to, len(t.Tokens))
	if from >= to {
		return dst
	}
	// The spans are written in place, not appended: the loop then
	// keeps no capacity to check.
	n := len(dst)
	dst = slices.Grow(dst, to-from)[:n+to-from]
	toks := t.Tokens[from:to]
	out := dst[n:][:len(toks)]
	segs := t.segs
	nSegs, nNorm := len(segs), len(t.Norm)
	// k is the segment that holds byte prev of Norm; it only moves
	// forward, one segment at a time, so the pass reads each segment
	// once.
	// next is where segment k+1 starts, nNorm past the last segment:
	// the tokens read here end before nNorm, so both compare alike.
	k, prev := 0, 0
	next := nNorm
	if nSegs > 1 {
		next = int(segs[1].norm)
	}
	for i := range toks {
		start, end := toks[i].Start, toks[i].End
		if segs == nil || start < prev || end <= start || end >= nNorm {
			// Edges, and a token list out of order, take the general way.
			s, e := t.SourceSpan(start, end)
			out[i] = Span{s, e}
			continue
		}
		for next <= start {
			k++
			next = nNorm
			if k+1 < nSegs {
				next = int(segs[k+1].norm)
			}
		}
		if sg := segs[k]; sg.src >= 0 && next > end {
			// Most often the token lies inside one copied run, end
			// included: its bytes come from the source one for one.
			off := int(sg.src) - int(sg.norm)
			out[i] = Span{start + off, end + off}
			prev = end
			continue
		}
		s := t.srcAt(k, start)
		for k+1 < nSegs && int(segs[k+1].norm) <= end-1 {
			k++
		}
		last := t.srcAt(k, end-1)
		if k+1 < nSegs && int(segs[k+1].norm) <= end {
			k++
		}
		e := t.srcAt(k, end)
		if e == last {
			// As in SourceSpan: end inside one source character's output.
			e = t.SourceOffset(t.NormOffset(last + 1))
		}
		out[i] = Span{s, max(s, e)}
		prev = end
		next = nNorm
		if k+1 < nSegs {
			next = int(segs[k+1].norm)
		}
	}
	return dst
}

// srcAt returns the offset in Source of byte i of Norm, which segment k
// holds.
func (t *Text) srcAt(k, i int) int {
	sg := t.segs[k]
	if sg.src < 0 {
		return int(^sg.src)
	}
	return int(sg.src) + i - int(sg.norm)
}

// segFrom returns the index of the segment that holds byte i of Norm,
// which lies in segment k or after it: a few steps forward, then a
// binary search over the rest.
func (t *Text) segFrom(k, i int) int {
	segs := t.segs
	for range 4 {
		if k+1 >= len(segs) || int(segs[k+1].norm) > i {
			return k
		}
		k++
	}
	return lastSegAt(segs, k+1, i)
}

// NormOffset returns the offset in Norm of the first output byte produced
// at or after byte i of Source.
func (t *Text) NormOffset(i int) int {
	if i <= 0 {
		return 0
	}
	if t.segs == nil {
		return min(i, len(t.Norm))
	}
	if i >= len(t.Source) {
		return len(t.Norm)
	}
	// The first segment whose last byte comes from at or after i
	// (sort.Search written out, as in segAt).
	lo, hi := 0, len(t.segs)
	for lo < hi {
		k := int(uint(lo+hi) >> 1)
		if t.segLast(k) >= i {
			hi = k
		} else {
			lo = k + 1
		}
	}
	return t.normIn(lo, i)
}

// NormSpan maps the span [start, end) of Source to the span of Norm that
// its characters produced.
func (t *Text) NormSpan(start, end int) (s, e int) {
	s, e = t.NormOffset(start), t.NormOffset(end)
	if e < s {
		e = s
	}
	return s, e
}

// TokenText returns the normalized text of token i.
func (t *Text) TokenText(i int) string {
	tok := t.Tokens[i]
	return t.Norm[tok.Start:tok.End]
}

// TokenSource returns the span in Source of token i. Its start is
// SourceOffset(t.Tokens[i].Start), for a caller that needs no more.
func (t *Text) TokenSource(i int) (start, end int) {
	tok := t.Tokens[i]
	return t.SourceSpan(tok.Start, tok.End)
}

// Analyze normalizes src, keeps the offset map, and splits the normalized
// text into tokens and sentences.
func (n *Normalizer) Analyze(src string) *Text {
	return n.AnalyzeInto(new(Text), src)
}

// AnalyzeInto is Analyze into memory that the caller reuses, for
// analyzing text after text: it overwrites t with the analysis of src,
// building the new tokens, sentences and offset map in the memory of the
// old ones, and returns t. In steady state it allocates only the
// normalized string (nothing when normalization changes nothing).
//
// The Text that t held is gone: slices taken from it (its Tokens and
// Sentences) must no longer be in use. The zero Text is ready to use.
func (n *Normalizer) AnalyzeInto(t *Text, src string) *Text {
	toks, sents := t.Tokens[:0], t.Sentences[:0]
	segs := t.segs
	if segs == nil {
		segs = t.spare
	}
	n.mapInto(t, src, segs[:0])
	t.Tokens = AppendTokens(toks, t.Norm)
	t.Sentences = AppendSentences(sents, t.Norm, t.Tokens)
	return t
}

// A SpanCursor maps offsets through the offset map of a Text like the
// Text's own methods, with the same answers, but remembers where its last
// answer lay in the map and searches from there: for a stage that maps
// spans in the text's order (mentions, dates, tokens), each lookup then
// takes a few steps forward instead of a binary search over the whole
// map. Offsets out of order are answered all the same, at the cost of a
// search.
//
// The zero SpanCursor is not usable; get one from Text.Cursor. A
// SpanCursor is a small value for one goroutine; the Text it reads must
// not change (AnalyzeInto) while it is in use.
type SpanCursor struct {
	t *Text
	// src is the segment of the last NormOffset answer of a source
	// offset (the first segment whose last byte comes from at or after
	// it); norm the segment that held the last Norm offset mapped.
	src, norm int
}

// Cursor returns a SpanCursor over t, starting at the beginning.
func (t *Text) Cursor() SpanCursor {
	return SpanCursor{t: t}
}

// segLast returns the offset in Source of the last byte of segment k.
func (t *Text) segLast(k int) int {
	sg := t.segs[k]
	if sg.src < 0 {
		return int(^sg.src)
	}
	end := len(t.Norm)
	if k+1 < len(t.segs) {
		end = int(t.segs[k+1].norm)
	}
	return int(sg.src) + end - 1 - int(sg.norm)
}

// NormOffset returns t.NormOffset(i).
func (c *SpanCursor) NormOffset(i int) int {
	t := c.t
	if i <= 0 {
		return 0
	}
	if t.segs == nil {
		return min(i, len(t.Norm))
	}
	if i >= len(t.Source) {
		return len(t.Norm)
	}
	k := c.normSeg(c.src, i)
	c.src = k
	return t.normIn(k, i)
}

// normSeg returns the first segment whose last byte comes from at or
// after byte i of Source (len(segs) if none), searching from segment k.
func (c *SpanCursor) normSeg(k, i int) int {
	t := c.t
	n := len(t.segs)
	lo, hi := 0, n
	if k > 0 && t.segLast(k-1) >= i {
		// Behind the last answer: search before it.
		hi = k - 1
	} else {
		// At or after it: steps of 1, 2, 4 … bound the answer.
		lo = k
		for step := 1; ; step *= 2 {
			p := lo + step - 1
			if p >= n {
				break
			}
			if t.segLast(p) >= i {
				hi = p
				break
			}
			lo = p + 1
		}
	}
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if t.segLast(h) >= i {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// normIn returns the offset in Norm of byte i of Source, given the
// segment k that normSeg found for it.
func (t *Text) normIn(k, i int) int {
	if k == len(t.segs) {
		return len(t.Norm)
	}
	sg := t.segs[k]
	if sg.src < 0 {
		return int(sg.norm)
	}
	return int(sg.norm) + max(0, i-int(sg.src))
}

// NormSpan returns t.NormSpan(start, end). The cursor stays at start, so
// that the next span may begin inside this one at no extra cost.
func (c *SpanCursor) NormSpan(start, end int) (s, e int) {
	t := c.t
	s = c.NormOffset(start)
	if t.segs == nil || end <= 0 || end >= len(t.Source) {
		e = t.NormOffset(end)
	} else {
		e = t.normIn(c.normSeg(c.src, end), end)
	}
	return s, max(s, e)
}

// segAt returns the segment that holds byte i of Norm (0 ≤ i <
// len(Norm)), searching from the cursor's last one.
func (c *SpanCursor) segAt(i int) int {
	segs := c.t.segs
	k := c.norm
	if k >= len(segs) || int(segs[k].norm) > i {
		return lastSegAt(segs, 0, i)
	}
	// Steps of 1, 2, 4 … past k bound the answer.
	lo, hi := k+1, len(segs)
	for step := 1; ; step *= 2 {
		p := lo + step - 1
		if p >= len(segs) {
			break
		}
		if int(segs[p].norm) > i {
			hi = p
			break
		}
		lo = p + 1
	}
	return lastSegAt(segs[:hi], lo, i)
}

// SourceSpan returns t.SourceSpan(start, end). The cursor stays at
// start.
func (c *SpanCursor) SourceSpan(start, end int) (s, e int) {
	t := c.t
	start = max(start, 0)
	if t.segs == nil || end <= start || end >= len(t.Norm) {
		return t.SourceSpan(start, end)
	}
	k := c.segAt(start)
	c.norm = k
	return t.sourceSpanFrom(k, start, end)
}

// TokenSource returns t.TokenSource(i).
func (c *SpanCursor) TokenSource(i int) (start, end int) {
	tok := c.t.Tokens[i]
	return c.SourceSpan(tok.Start, tok.End)
}
