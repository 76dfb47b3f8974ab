// Package stem is the one place the rest of naba calls to stem a word: it
// sends Arabic words to the Snowball Arabic stemmer
// (normalize/snowball/arabic), Latin-script words to kljensen/snowball's
// English stemmer, and leaves every other word as it is.
//
// # Which text to stem
//
// Give Stem raw words or words normalized with the Display preset: the
// Snowball algorithm does its own normalization (marks, tatweel,
// presentation forms, hamza) and was written for unfolded text. On the
// 49,978 Arabic words of the 50,000-word Snowball test list, stemming the
// Display-normalized word gives the Snowball stem for every word, while
// stemming the Search-normalized word gives another stem for 11.7% of
// them, even once the Snowball stem is folded too (ة folded to ه is read
// as a pronoun suffix, ى folded to ي as a verb ending: على gives عل
// instead of علي). To compare stems with Search-folded text, stem the
// source of each token (normalize.Text.TokenSource) and fold the stem
// with the Search normalizer. (TestWhichTextToStem measures this.) A
// Stemmer made with NewStemmer and the Search normalizer does both, and
// folds most stems while it writes them out.
//
// Light is the light10 stemmer: it expects Search-folded text (as Lucene's
// ArabicAnalyzer normalizes before it stems) and folds the word itself.
//
// # Speed
//
// A Cache stems through a memo of the words it saw last: news is Zipfian,
// and about two thirds of the words of a stream of articles are found
// there, at a fraction of the cost of the Snowball steps. A Cache belongs
// to one goroutine. A Cache with Fold set stems and folds the words it
// does not find with a Stemmer.
//
// All functions are safe for concurrent use.
package stem

import (
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/light10"
	"github.com/nabanlp/naba/normalize/snowball/arabic"
)

// Script is the script a word is stemmed as.
type Script uint8

// Scripts.
const (
	// Other words (numbers, punctuation, other scripts) are not stemmed.
	Other Script = iota
	// Arabic words are stemmed with the Snowball Arabic stemmer.
	Arabic
	// Latin words are stemmed with the Snowball English stemmer.
	Latin
)

// ScriptOf returns the script of the first letter of word: Arabic for the
// Arabic script (including presentation forms), Latin for the Latin script,
// Other when there is no letter or the first is of another script.
// Tatweel, marks, digits and punctuation are skipped.
func ScriptOf(word string) Script {
	if startsWithLetter(word) {
		return Arabic
	}
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				return Latin
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		if r >= 0x0621 && r <= 0x064A && r != 0x0640 {
			return Arabic // the common case, without table lookups
		}
		if r == 0x0640 || !unicode.IsLetter(r) {
			continue
		}
		switch {
		case unicode.Is(unicode.Arabic, r):
			return Arabic
		case unicode.Is(unicode.Latin, r):
			return Latin
		}
		return Other
	}
	return Other
}

// startsWithLetter reports whether word starts with a letter ء–ي (two
// bytes D8 A1–BF or D9 81–8A), the common case of ScriptOf, small enough
// to be inlined where a word is stemmed.
func startsWithLetter(word string) bool {
	return len(word) >= 2 && (word[0] == 0xD8 && word[1]-0xA1 <= 0xBF-0xA1 || word[0] == 0xD9 && word[1]-0x81 <= 0x8A-0x81)
}

// Stem returns the stem of word: the Snowball Arabic stem for an Arabic
// word (stop words included, so the result is Snowball's), the Snowball
// English stem for a Latin-script word (lower-cased, as kljensen/snowball
// returns it), and word itself otherwise. It does not allocate for Arabic
// words whose stem is a substring of the word.
func Stem(word string) string {
	if startsWithLetter(word) {
		return arabic.Stem(word, true)
	}
	switch ScriptOf(word) {
	case Arabic:
		return arabic.Stem(word, true)
	case Latin:
		return english.Stem(word, true)
	}
	return word
}

// AppendStem appends Stem(word) to dst and returns the extended buffer.
// It does not allocate for Arabic words (up to 64 bytes) when dst has
// room; the English stemmer allocates.
func AppendStem(dst []byte, word string) []byte {
	if startsWithLetter(word) {
		return arabic.AppendStem(dst, word)
	}
	switch ScriptOf(word) {
	case Arabic:
		return arabic.AppendStem(dst, word)
	case Latin:
		return append(dst, english.Stem(word, true)...)
	}
	return append(dst, word...)
}

// A Stemmer stems words as AppendStem does and folds each stem with a
// Normalizer: the pipeline this package recommends for Search-folded text
// (stem the word as written, then fold the stem). For most Arabic words it
// folds the stem while the stemmer writes it out, which costs less than
// AppendStem followed by the Normalizer's Append.
//
// A Stemmer is immutable and safe for concurrent use.
type Stemmer struct {
	fold   *normalize.Normalizer
	arabic *arabic.Folder
}

// NewStemmer returns the Stemmer that folds every stem with fold (a nil
// fold folds nothing). Making one calls fold once for each of the 256
// characters the stemmer's fast path writes: make it once and share it.
func NewStemmer(fold *normalize.Normalizer) *Stemmer {
	s := &Stemmer{fold: fold}
	if fold == nil {
		s.arabic = arabic.NewFolder(nil)
	} else {
		s.arabic = arabic.NewFolder(fold.Append)
	}
	return s
}

// AppendStem appends the stem of word (Stem(word)) folded with the
// Stemmer's Normalizer to dst and returns the extended buffer. It does not
// allocate for Arabic words of up to 64 bytes when dst has room; the
// English stemmer allocates.
func (s *Stemmer) AppendStem(dst []byte, word string) []byte {
	if startsWithLetter(word) {
		return s.arabic.AppendStem(dst, word)
	}
	var stem string
	switch ScriptOf(word) {
	case Arabic:
		return s.arabic.AppendStem(dst, word)
	case Latin:
		stem = english.Stem(word, true)
	default:
		stem = word
	}
	if s.fold == nil {
		return append(dst, stem...)
	}
	return s.fold.AppendString(dst, stem)
}

var search = normalize.MustNew(normalize.Search)

// Light returns the light10 stem of an Arabic word, after folding it with
// the Search preset (the normalization light10 is defined with); other
// words are stemmed as by Stem.
func Light(word string) string {
	if ScriptOf(word) == Arabic {
		return light10.Stem(search.String(word))
	}
	return Stem(word)
}
