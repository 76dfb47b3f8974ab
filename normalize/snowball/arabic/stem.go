package arabic

import (
	"unicode/utf8"

	"github.com/kljensen/snowball/snowballword"
)

// bufRunes is the size of the stack buffer a word is stemmed in; longer
// words are stemmed in a heap buffer.
const bufRunes = 64

// Stem returns the Snowball Arabic stem of word. If stemStopWords is false
// and word is an Arabic stop word (IsStopWord), word is returned as it is.
//
// The whole string is one word, as in the Snowball program: nothing is
// trimmed or lower-cased. A word with no Arabic character is returned
// unchanged. Stem does not allocate when the stem is a substring of word
// (the common case: affixes stripped, nothing rewritten).
func Stem(word string, stemStopWords bool) string {
	if !mayBeArabic(word) {
		return word
	}
	var rbuf [bufRunes]rune
	if !stemStopWords && isStopWord(rbuf[:0], word) {
		return word
	}
	var bbuf [2 * bufRunes]byte
	out, ok := stemBytes(bbuf[:0], word)
	if !ok {
		out = appendPost(bbuf[:0], stem(rbuf[:0], word))
	}
	// Affix stripping leaves a substring of the word; find it near the
	// start (prefixes are at most a few characters) to avoid a copy.
	n := len(out)
	for i := 0; i <= 16 && i+n <= len(word); i++ {
		if word[i:i+n] == string(out) {
			return word[i : i+n]
		}
	}
	return string(out)
}

// AppendStem appends the Snowball Arabic stem of word to dst and returns
// the extended buffer; stop words are stemmed too (as Stem(word, true)).
// It does not allocate when dst has room and word is at most 64 bytes
// long (32 Arabic letters).
func AppendStem(dst []byte, word string) []byte {
	if !mayBeArabic(word) {
		return append(dst, word...)
	}
	if out, ok := stemBytes(dst, word); ok {
		return out
	}
	var rbuf [bufRunes]rune
	return appendPost(dst, stem(rbuf[:0], word))
}

// mayBeArabic is false for words of ASCII only, which the algorithm leaves
// as they are. (A word starting with a non-ASCII byte is not scanned.)
func mayBeArabic(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= utf8.RuneSelf {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func appendRunes(dst []byte, rs []rune) []byte {
	n := len(dst)
	out := dst[:cap(dst)]
	for _, r := range rs {
		if uint32(r)-0x80 < 0x800-0x80 && n+1 < len(out) { // two bytes: all of Arabic
			out[n] = byte(0xC0 | r>>6)
			out[n+1] = byte(0x80 | r&0x3F)
			n += 2
			continue
		}
		dst = utf8.AppendRune(out[:n], r)
		n, out = len(dst), dst[:cap(dst)]
	}
	return out[:n]
}

// stem is the Snowball routine "stem": the control flow below follows the
// program line by line, with the cursor c made explicit. In backward mode
// Snowball saves the cursor as a distance from the end of the word, so a
// failed alternative puts it back at the (possibly shortened) end.
//
// The word s is decoded into buf (grown if it is too small) and the stem
// is returned in it.
func stem(buf []rune, s string) []rune {
	w := env{isNoun: true, isVerb: true, isDefined: false}
	checks1(&w, s)
	w.SnowballWord = snowballword.SnowballWord{RS: normalizePre(buf, s)}
	w.suffixesAndPrefixes()
	return w.RS // Normalize_post is applied as the stem is encoded (appendPost)
}

// suffixesAndPrefixes is the body of the Snowball "stem" routine between
// the two normalizations.
func (w *env) suffixesAndPrefixes() {
	// backwards ( do ( verb suffixes or noun suffixes or alef maqsura ) )
	end := len(w.RS)
	switch {
	case w.isVerb && w.verbSuffixes(end):
	case w.isNoun && w.nounSuffixes(len(w.RS)):
	default:
		suffixAllAlefMaqsura(w, len(w.RS))
	}

	// do ( try Prefix_Step1  try Prefix_Step2
	//      ( Prefix_Step3a_Noun or (is_noun Prefix_Step3b_Noun)
	//        or (is_verb try Prefix_Step3_Verb Prefix_Step4_Verb) ) )
	c := 0
	if c1, ok := prefixStep1(w, c); ok {
		c = c1
	}
	if c1, ok := prefixStep2(w, c); ok {
		c = c1
	}
	if _, ok := prefixStep3aNoun(w, c); !ok {
		ok = w.isNoun
		if ok {
			_, ok = prefixStep3bNoun(w, c)
		}
		if !ok && w.isVerb {
			if c1, ok := prefixStep3Verb(w, c); ok {
				c = c1
			}
			prefixStep4Verb(w, c)
		}
	}
}

// verbSuffixes is the verb alternative of the suffix block, at cursor c:
//
//	( (atleast 1 Suffix_Verb_Step1) (Suffix_Verb_Step2a or Suffix_Verb_Step2c or next) )
//	or Suffix_Verb_Step2b or Suffix_Verb_Step2a
func (w *env) verbSuffixes(c int) bool {
	fromEnd := len(w.RS) - c
	n := 0
	for {
		c1, ok := suffixVerbStep1(w, c)
		if !ok {
			break
		}
		c, n = c1, n+1
	}
	if n > 0 {
		if _, ok := suffixVerbStep2a(w, c); ok {
			return true
		}
		if _, ok := suffixVerbStep2c(w, c); ok {
			return true
		}
		if c > 0 { // next
			return true
		}
	}
	c = len(w.RS) - fromEnd
	if _, ok := suffixVerbStep2b(w, c); ok {
		return true
	}
	_, ok := suffixVerbStep2a(w, c)
	return ok
}

// nounSuffixes is the noun alternative of the suffix block, at cursor c:
//
//	try ( Suffix_Noun_Step2c2
//	      or (not is_defined Suffix_Noun_Step1a
//	          (Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1 or next))
//	      or (Suffix_Noun_Step1b
//	          (Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1))
//	      or (not is_defined Suffix_Noun_Step2a)
//	      or (Suffix_Noun_Step2b) )
//	Suffix_Noun_Step3
func (w *env) nounSuffixes(c int) bool {
	c = w.nounTry(c)
	_, ok := suffixNounStep3(w, c)
	return ok
}

// nounTry is the try block of nounSuffixes; it returns the cursor after it.
func (w *env) nounTry(c int) int {
	fromEnd := len(w.RS) - c
	if c1, ok := suffixNounStep2c2(w, c); ok {
		return c1
	}
	if !w.isDefined {
		if c1, ok := suffixNounStep1a(w, c); ok {
			if c2, ok := w.nounStep2(c1); ok {
				return c2
			}
			if c1 > 0 { // next: the cursor moves back over one character
				return c1 - 1
			}
		}
	}
	c = len(w.RS) - fromEnd
	if c1, ok := suffixNounStep1b(w, c); ok {
		if c2, ok := w.nounStep2(c1); ok {
			return c2
		}
		// Step1b's deletion stays; the cursor goes back to the end.
	}
	c = len(w.RS) - fromEnd
	if !w.isDefined {
		if c1, ok := suffixNounStep2a(w, c); ok {
			return c1
		}
	}
	if c1, ok := suffixNounStep2b(w, c); ok {
		return c1
	}
	return len(w.RS) - fromEnd
}

// nounStep2 is (Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1).
func (w *env) nounStep2(c int) (int, bool) {
	if c1, ok := suffixNounStep2a(w, c); ok {
		return c1, true
	}
	if c1, ok := suffixNounStep2b(w, c); ok {
		return c1, true
	}
	return suffixNounStep2c1(w, c)
}
