package arabic

import (
	"unicode"
	"unicode/utf8"
)

// A Folder appends stems folded by a function, as an index that compares
// stems with folded text needs (stem the word as written, then fold the
// stem: see package normalize/stem). It folds most stems while it writes
// them out, each character through a table made by calling the function
// once per character, which costs less than a second pass over the stem.
//
// A Folder is immutable and safe for concurrent use.
type Folder struct {
	fold func(dst, src []byte) []byte
	// code is the output table of appendFolded: the folded bytes of each
	// code after Normalize_post, or byTable for a character folded with
	// the rest of its stem by fold.
	code [0x100]uint32
}

// NewFolder returns the Folder whose AppendStem appends
// fold(AppendStem(nil, word)): fold appends the folding of src to dst and
// returns the extended buffer, as normalize's (*Normalizer).Append does.
// It is called once per character here, and must fold a run of letters
// and digits one character at a time (what it gives for the run is what
// it gives for each character, one after the other), as the Normalizers
// of package normalize do; stems that hold other characters (marks,
// punctuation, symbols) are folded whole. A nil fold folds nothing.
func NewFolder(fold func(dst, src []byte) []byte) *Folder {
	f := &Folder{fold: fold}
	if fold == nil {
		f.code = postCode
		return f
	}
	var buf [utf8.UTFMax]byte
	for c := range f.code {
		r := rune(c)
		if c >= 0x80 {
			r = postLetter(r + codeBase)
		}
		out := fold(nil, utf8.AppendRune(buf[:0], r))
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) || len(out) == 0 || len(out) > 2 {
			f.code[c] = byTable
			continue
		}
		e := uint32(out[0]) | uint32(len(out))<<16
		if len(out) == 2 {
			e |= uint32(out[1]) << 8
		}
		f.code[c] = e
	}
	return f
}

// AppendStem appends the folded Snowball Arabic stem of word to dst (the
// fold of AppendStem(nil, word)) and returns the extended buffer. It does
// not allocate when dst has room and the stem is folded by table: words
// of at most 64 bytes of ASCII and characters of U+0600–U+067F whose stem
// is made of letters and digits, nearly every Arabic word of news. Unlike
// append, it may write in the spare capacity of dst past the stem it
// returns (as a Normalizer's Append does).
func (f *Folder) AppendStem(dst []byte, word string) []byte {
	// stemBytes, written here to spare a call per word.
	var w bword
	w.isNoun, w.isVerb = true, true
	if w.encodePre(word) {
		if w.n <= 3 {
			w.shortSuffixes() // (Checks1 changes nothing it reads)
		} else {
			if k := definiteMinLen(word); k > 0 && w.runes >= k { // Checks1
				w.isNoun, w.isVerb, w.isDefined = true, false, true
			}
			if suffixLetters>>(w.b[(w.n-1)&(codeMax-1)]&63)&1 != 0 {
				w.suffixes()
			}
			if w.n >= 4 && prefixLetters>>(w.b[0]&63)&1 != 0 { // (every prefix needs $word_len >= 4)
				w.prefixes()
			}
		}
		if out, ok := w.appendFolded(dst, &f.code); ok {
			return out
		}
	}
	if f.fold == nil {
		return AppendStem(dst, word)
	}
	return f.fold(dst, AppendStem(nil, word))
}
