package normalize

import "sort"

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

	// offs[i] is the offset in Source of the rune that produced byte i of
	// Norm; offs[len(Norm)] == len(Source). nil means the identity map
	// (nothing changed).
	offs []int32
}

// SourceOffset returns the offset in Source of byte i of Norm (0 ≤ i ≤
// len(Norm)). Offsets out of range are clamped.
func (t *Text) SourceOffset(i int) int {
	i = max(i, 0)
	if t.offs == nil {
		return min(i, len(t.Source))
	}
	if i >= len(t.offs) {
		return len(t.Source)
	}
	return int(t.offs[i])
}

// SourceSpan maps the span [start, end) of Norm to the span of Source it
// came from: from the start of the source character that produced byte
// start to the end of the one that produced byte end-1, plus the removed
// characters after it (see Text). A span inside the expansion of one
// source character (a word of ﷺ spelled out) maps to that whole
// character. The result always satisfies 0 ≤ s ≤ e ≤ len(Source).
func (t *Text) SourceSpan(start, end int) (s, e int) {
	s, e = t.SourceOffset(start), t.SourceOffset(end)
	if t.offs != nil && end > start && end > 0 && end < len(t.offs) {
		last := t.offs[end-1]
		if t.offs[end] == last {
			// end falls inside the output of one source character:
			// extend to the next source character.
			k := end + sort.Search(len(t.offs)-end, func(j int) bool { return t.offs[end+j] > last })
			if k < len(t.offs) {
				e = int(t.offs[k])
			} else {
				e = len(t.Source)
			}
		}
	}
	if e < s {
		e = s
	}
	return s, e
}

// NormOffset returns the offset in Norm of the first output byte produced
// at or after byte i of Source.
func (t *Text) NormOffset(i int) int {
	if i <= 0 {
		return 0
	}
	if t.offs == nil {
		return min(i, len(t.Norm))
	}
	if i >= len(t.Source) {
		return len(t.Norm)
	}
	return sort.Search(len(t.offs), func(k int) bool { return int(t.offs[k]) >= i })
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

// TokenSource returns the span in Source of token i.
func (t *Text) TokenSource(i int) (start, end int) {
	tok := t.Tokens[i]
	return t.SourceSpan(tok.Start, tok.End)
}

// Analyze normalizes src, keeps the offset map, and splits the normalized
// text into tokens and sentences.
func (n *Normalizer) Analyze(src string) *Text {
	t := n.Map(src)
	t.Tokens = AppendTokens(nil, t.Norm)
	t.Sentences = AppendSentences(nil, t.Norm, t.Tokens)
	return t
}
