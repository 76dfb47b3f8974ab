// Package light10 is the light Arabic stemmer of Lucene's ArabicStemmer
// (org.apache.lucene.analysis.ar, Apache-2.0), after Larkey, Ballesteros
// and Connell's "light10": it strips one prefix (ال وال بال كال فال لل و) and
// then a fixed sequence of suffixes (ها ان ات ون ين يه ية ه ة ي), each only
// if at least two characters remain (three for و).
//
// Stem is the stemmer alone, as Lucene's ArabicStemFilter: light10 proper
// first normalizes (Lucene's ArabicNormalizationFilter: alef variants,
// ى → ي, ة → ه, no marks or tatweel), which package normalize does with the
// Search preset; package normalize/stem offers both steps as Light.
//
// The stem is always a substring of the word, so Stem never allocates.
// Lengths are counted as Lucene counts them, in UTF-16 code units. Invalid
// UTF-8 bytes count as one character each and are kept as they are.
// Stem is safe for concurrent use.
package light10

import "strings"

// prefixes and suffixes are tried in Lucene's order.
var (
	prefixes = []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"}
	suffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"}
)

// Stem returns the light stem of word.
func Stem(word string) string {
	if len(word) < 4 { // the shortest word that can lose anything is two ASCII letters + ه
		return word
	}
	n := utf16Len(word)
	for _, p := range prefixes {
		pl := len(p) / 2 // every affix letter is 2 bytes of UTF-8 and 1 UTF-16 unit
		if pl == 1 && n < 4 || n < pl+2 {
			continue
		}
		if strings.HasPrefix(word, p) {
			word = word[len(p):]
			n -= pl
			break
		}
	}
	for _, s := range suffixes {
		sl := len(s) / 2
		if n >= sl+2 && strings.HasSuffix(word, s) {
			word = word[:len(word)-len(s)]
			n -= sl
		}
	}
	return word
}

// utf16Len is the length of s in UTF-16 code units, Java's String.length
// (an invalid byte counts as one).
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++ // a surrogate pair
		}
	}
	return n
}
