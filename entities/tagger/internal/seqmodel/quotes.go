package seqmodel

import (
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// Names in quotes. News text puts the titles of programmes, books and
// films, car models, stadiums and papers in quotes after a word that
// says what they are (برنامج « أصل الكلمة »، صحيفة "الشرق الأوسط"): the
// cue word mostly decides the type and the closing quote bounds the
// name. markQuotes pairs the quote marks of a sequence and gives the
// tokens of each short quoted span their place in it and the distance
// to the cue word; quoteFeatures turns them into features. Both read
// several tokens: their features go through e.ctx.
//
// The Search normalizer folds every quote mark to " or ' (« and » alike),
// so the direction of «, », “ and ” is read from the source. ANERcorp's
// raw words reach the atoms the same way as a text's tokens: the words
// are joined and normalized (AlignWords), so a quote glued to a word
// ("العراق) is a token of its own on both paths.

// The punctuation classes of punctClass.
const (
	quoteMark    = 1 // made of quote marks only: " ' « » “ ” ‘ ’ …
	sentenceMark = 2 // ends a sentence: . ! ? ؟
)

// The places of a token in a quoted span (atoms.qpos).
const (
	quoteFirst = 1 + iota
	quoteInner
	quoteLast
	quoteOnly // the span's one token
)

// maxQuoted is the longest quoted span whose tokens get quote features:
// a name, not a quoted sentence.
const maxQuoted = 6

// punctClass returns the class of a punctuation or symbol token whose
// normalized text is w: quoteMark, sentenceMark or 0.
func punctClass(w string) uint8 {
	switch w {
	case ".", "!", "?", "؟":
		return sentenceMark
	case "":
		return 0
	}
	for _, r := range w {
		switch r {
		case '"', '\'', '«', '»', '“', '”', '„', '‘', '’', '‚', '‹', '›', '＂', '＇':
		default:
			return 0
		}
	}
	return quoteMark
}

// The directions of a quote mark (quoteDir).
const (
	quoteNeutral = iota // " and ': paired by order
	quoteOpens
	quoteCloses
)

// quoteDir returns the direction of the quote mark that is token k of
// t, read from its source text (normalization folds « and » alike).
func (s *Scratch) quoteDir(t *normalize.Text, k int) uint8 {
	var start, end int
	if j := k - s.srcFrom; s.srcOf == t && j >= 0 && j < len(s.srcSpans) {
		start, end = s.srcSpans[j].Start, s.srcSpans[j].End
	} else {
		start, end = t.TokenSource(k)
	}
	r, _ := utf8.DecodeRuneInString(t.Source[start:end])
	switch r {
	case '«', '“', '‹', '„', '‘', '‚':
		return quoteOpens
	case '»', '”', '›', '’':
		return quoteCloses
	}
	return quoteNeutral
}

// markQuotes sets the quote atoms (qpos, qlen, qcue, qclass, qcueClass)
// of the tokens in quotes of as, the atoms of tokens
// t.Tokens[first:first+len(as)], in one pass; those of the others stay
// zero, as wordAtoms and the caches give them. A run of adjacent
// quote marks (ANERcorp writes " as ' ') is one mark. « and “ open and
// » and ” close a span; " and ' pair by order, apart from them. A span
// gets quote atoms when it holds 1 to maxQuoted tokens, no sentence end
// and no other quote mark.
func (s *Scratch) markQuotes(t *normalize.Text, first int, as []atoms) {
	openD, openN := -1, -1 // the first token after an open mark, or -1
	cueD, cueN := 0, 0     // the token before that mark (-1: none)
	for i := 0; i < len(as); i++ {
		if as[i].punct != quoteMark {
			continue
		}
		start := i
		for i+1 < len(as) && as[i+1].punct == quoteMark {
			i++
		}
		switch s.quoteDir(t, first+start) {
		case quoteOpens:
			openD, cueD = i+1, start-1
		case quoteCloses:
			if openD >= 0 {
				markSpan(as, openD, start, cueD)
				openD = -1
			}
		default:
			if openN >= 0 {
				markSpan(as, openN, start, cueN)
				openN = -1
			} else {
				openN, cueN = i+1, start-1
			}
		}
	}
}

// markSpan gives the tokens [lo, hi) of as, a quoted span whose cue word
// is token cue (-1: none), their quote atoms, if the span is short and
// holds no sentence end and no other quote mark.
func markSpan(as []atoms, lo, hi, cue int) {
	n := hi - lo
	if n < 1 || n > maxQuoted {
		return
	}
	for j := lo; j < hi; j++ {
		if as[j].punct != 0 { // a sentence end, a quote mark of the other kind
			return
		}
	}
	// qcue holds the distance to the cue word if it fits a byte, which
	// it does unless hundreds of quote marks stand in between.
	fits := hi-1-cue <= 255
	// The trigger and cue classes of the cue word, and of the word
	// before it: an adjective often stands between the cue and the
	// quote (برنامج جديد «…», السيارة الرياضية «…»).
	var cls, cueCls uint8
	if c := atomAt(as, cue); c != nil && fits {
		cls, cueCls = c.class, cueClass(c)
		if c2 := atomAt(as, cue-1); c2 != nil {
			cls |= c2.class
			if cueCls == 0 {
				cueCls = cueClass(c2)
			}
		}
	}
	for j := lo; j < hi; j++ {
		a := &as[j]
		switch {
		case n == 1:
			a.qpos = quoteOnly
		case j == lo:
			a.qpos = quoteFirst
		case j == hi-1:
			a.qpos = quoteLast
		default:
			a.qpos = quoteInner
		}
		a.qlen = uint8(n)
		if fits {
			a.qcue = uint8(j - cue)
		}
		a.qclass, a.qcueClass = cls, cueCls
	}
}

// quoteFeatures emits the features of token i of as, inside a short
// quoted span (qpos != 0): its place, with the span's length, and the
// cue word before the opening quote (its folded word and bare stem),
// alone and with the place; the trigger and cue classes of the cue and
// the word before it, with the place; the token's gazetteer marks and
// frequency bin, with the place. With near set (a scoring emitter) the
// features of few values take their weights through the Scratch's
// weights cache (emitter.ctxNear), as e.ctx would give them.
func quoteFeatures(as []atoms, i int, e *emitter, near bool) {
	a := &as[i]
	cw, cc := atomBOS, atomBOS
	if c := atomAt(as, i-int(a.qcue)); c != nil && a.qcue != 0 {
		cw, cc = c.word, c.core
	}
	pos := uint64(a.qpos)
	e.ctxFew(feat(130, pos), near)
	e.ctxFew(feat2(131, pos, uint64(a.qlen)), near)
	e.ctx(feat(132, cw))
	e.ctx(feat(133, cc))
	e.ctx(feat2(134, cc, pos))
	e.ctxFew(feat2(135, uint64(a.qclass), pos), near)
	e.ctxFew(feat2(136, uint64(a.qcueClass), pos), near)
	// What the token is, in quotes: a listed place in quotes is a paper
	// or a stadium more often than a place; a common word, a quoted
	// phrase more often than a name.
	e.ctx(feat2(137, uint64(a.gaz), pos))
	e.ctxFew(feat2(138, uint64(a.wfreq), pos), near)
}

// ctxFew is e.ctx for a feature of few values, through the weights
// cache when near is set.
func (e *emitter) ctxFew(id uint32, near bool) {
	if near {
		e.ctxNear(id)
	} else {
		e.ctx(id)
	}
}

// cueClass returns the cue class of the word of atoms c, or 0.
func cueClass(c *atoms) uint8 {
	if c.coreStr == "" {
		return 0
	}
	return quoteCue()[c.coreStr]
}
