package normalize

import (
	"unicode/utf8"
)

// A Sentence is a span [Start, End) of bytes of the text, covering the
// tokens [First, Last).
type Sentence struct {
	Start, End  int
	First, Last int
}

// Sentences splits s, whose tokens are toks (as returned by Tokenize), into
// sentences.
func Sentences(s string, toks []Token) []Sentence { return AppendSentences(nil, s, toks) }

// abbreviations are words that a full stop follows without ending the
// sentence (compared without the stop).
var abbreviations = map[string]bool{
	"د": true, "م": true, "ص": true, "ق": true, "ه": true, "هـ": true, "أ": true, "ا": true, "ج": true, "س": true, "ت": true, "ب": true, "ع": true,
	"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Prof": true, "St": true, "Jr": true, "Sr": true, "Inc": true, "Ltd": true, "Co": true, "vs": true, "etc": true, "No": true,
}

// stopEnds reports whether the full stop toks[i], glued to the token
// before it, ends the sentence that starts at toks[first].
func stopEnds(s string, toks []Token, first, i int) bool {
	prev := toks[i-1]
	w := s[prev.Start:prev.End]
	switch {
	case prev.Kind == Number && i-1 == first:
		return false // a list number: "1. …"
	case prev.Kind.IsWord() && abbreviations[w]:
		// م. and ه. after a year are the era (2017 م.), which usually ends
		// the sentence; other short forms (د. for Dr.) do not.
		if (w == "م" || w == "ه" || w == "هـ") && i >= 2 && toks[i-2].Kind == Number {
			return true
		}
		return false
	}
	return true
}

// hasLineBreak reports whether the gap between two tokens holds a line
// break: \n, \r (alone it ends the lines of old Mac files), U+2028 or
// U+2029 (E2 80 A8, E2 80 A9). The gap is usually one space.
func hasLineBreak(gap string) bool {
	for k := 0; k < len(gap); k++ {
		switch gap[k] {
		case '\n', '\r':
			return true
		case 0xE2:
			if k+2 < len(gap) && gap[k+1] == 0x80 && (gap[k+2] == 0xA8 || gap[k+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

func isOpenQuote(p string) bool {
	return p == "«" || p == "“" || p == "„" || p == "‹" || p == "(" || p == "["
}
func isCloseQuote(p string) bool {
	return p == "»" || p == "”" || p == "›" || p == ")" || p == "]"
}

// endsSentence reports whether the punctuation p can end a sentence.
func endsSentence(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…' || r == '۔'
}

// AppendSentences appends the sentences of s to dst. A sentence ends at
// every line break and after . ! ? ؟ … ۔ together with the marks and
// closing quotes glued to it ("؟!", ".»"), but not:
//   - inside a number (the tokenizer keeps 2.5 and ٢٫٥ whole);
//   - after an abbreviation: a full stop glued to a listed short word (د.
//     for Dr., Mr.), except م. and ه. right after a number, the era of a
//     year (1950 م.), which ends the sentence;
//   - after a list number at the start of a line ("1. …");
//   - at a full stop glued to the next word (CNN.com), unless both sides
//     are Arabic words (a missing space: الاجتماع.وقال);
//   - inside quotes or brackets opened in the same sentence, unless the
//     mark is glued to the closing quote («انتهى.» ثم …).
func AppendSentences(dst []Sentence, s string, toks []Token) []Sentence {
	first := 0
	depth := 0
	straight := false // inside "..." quotes
	for i := 0; i < len(toks); i++ {
		// Skip to the next token that is punctuation or follows a gap
		// that may hold a line break: the gap between two words is
		// usually one space.
		if i > first {
			i = nextEvent(s, toks, i)
			if i == len(toks) {
				break
			}
		}
		tok := &toks[i]
		if i > first {
			g := toks[i-1].End
			if d := tok.Start - g; (d > 1 || d == 1 && s[g] <= '\r' && (s[g] == '\n' || s[g] == '\r')) && hasLineBreak(s[g:tok.Start]) {
				dst = appendSentence(dst, toks, first, i)
				first, depth, straight = i, 0, false
			}
		}
		if tok.Kind != Punct {
			continue
		}
		p := s[tok.Start:tok.End]
		switch {
		case isOpenQuote(p):
			depth++
			continue
		case isCloseQuote(p):
			if depth > 0 {
				depth--
			}
			continue
		case p == `"`:
			straight = !straight
			continue
		}
		if !endsSentence(p) {
			continue
		}
		if depth > 0 || straight {
			// Inside quotes only a mark that closes the quotation ends the
			// sentence: «انتهى.» ثم …
			closes := i+1 < len(toks) && toks[i+1].Kind == Punct && toks[i+1].Start == tok.End &&
				((depth == 1 && !straight && isCloseQuote(s[toks[i+1].Start:toks[i+1].End])) ||
					(depth == 0 && straight && s[toks[i+1].Start:toks[i+1].End] == `"`))
			if !closes {
				continue
			}
		}
		if p == "." && i > 0 && toks[i-1].End == tok.Start && !stopEnds(s, toks, first, i) {
			continue
		}
		// A stop glued to the next word ends a sentence only between two
		// Arabic words (a missing space, الخ.وقال), not in CNN.com or 2.a.
		if p == "." && i+1 < len(toks) && toks[i+1].Start == tok.End && toks[i+1].Kind != Punct &&
			!(i > 0 && toks[i-1].Kind == ArabicWord && toks[i+1].Kind == ArabicWord) {
			continue
		}
		end := i + 1
		for end < len(toks) && toks[end].Kind == Punct && toks[end].Start == toks[end-1].End {
			q := s[toks[end].Start:toks[end].End]
			if !isCloseQuote(q) && q != `"` && !endsSentence(q) {
				break
			}
			end++
		}
		dst = appendSentence(dst, toks, first, end)
		first, depth, straight = end, 0, false
	}
	return appendSentence(dst, toks, first, len(toks))
}

// nextEvent returns the index of the first token from toks[i] (i > 0) that
// is punctuation or follows a gap of more than one byte or a line end,
// or len(toks).
func nextEvent(s string, toks []Token, i int) int {
	for ; i < len(toks); i++ {
		tok := &toks[i]
		if tok.Kind == Punct {
			return i
		}
		if g := toks[i-1].End; tok.Start-g > 1 || tok.Start-g == 1 && s[g] <= '\r' && (s[g] == '\n' || s[g] == '\r') {
			return i
		}
	}
	return i
}

// appendSentence appends the sentence of the tokens [first, last), if
// there is one.
func appendSentence(dst []Sentence, toks []Token, first, last int) []Sentence {
	if last > first {
		dst = append(dst, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
	}
	return dst
}
