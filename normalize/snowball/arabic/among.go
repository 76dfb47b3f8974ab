package arabic

import "github.com/kljensen/snowball/snowballword"

// env is the state of the Snowball program for one word: the characters
// (in the embedded kljensen SnowballWord, whose R1/R2/RV regions the Arabic
// algorithm does not use), the three booleans and the integer word_len.
type env struct {
	snowballword.SnowballWord
	isNoun, isVerb, isDefined bool
	wordLen                   int
}

// An among is one string of a Snowball among list with the command that
// follows it: the condition $word_len >= minLen, then the replacement of
// the matched string by repl (a Snowball delete when repl is empty).
type among struct {
	s      []rune
	minLen int
	repl   []rune
}

// An amongList is sorted longest string first, so the first string that
// matches is the longest, as Snowball requires. (kljensen's FirstSuffix
// takes the first match in list order instead, which would give 'ن' before
// 'ون'.) first and last are bit sets of the first and last characters of
// the strings (all in U+0600–U+06FF), a quick filter before the strings
// are compared. The lists are built once and never written.
type amongList struct {
	entries     []among
	first, last charSet
}

// A charSet is a set of characters of the Arabic block U+0600–U+06FF.
type charSet [4]uint64

func (s *charSet) add(r rune) {
	if r < 0x600 || r > 0x6FF {
		panic("arabic: among string outside U+0600–U+06FF")
	}
	s[(r-0x600)>>6] |= 1 << ((r - 0x600) & 63)
}

func (s *charSet) has(r rune) bool {
	r -= 0x600
	return uint32(r) < 0x100 && s[r>>6]&(1<<(r&63)) != 0
}

// mk builds an amongList from strings and their command; it sorts the
// entries longest first (stable, so equal lengths keep their order).
func mk(entries ...among) amongList {
	l := amongList{entries: entries}
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && len(entries[j].s) > len(entries[j-1].s); j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	for _, a := range entries {
		l.first.add(a.s[0])
		l.last.add(a.s[len(a.s)-1])
	}
	return l
}

// e returns the entries for the strings in ss, each with the condition
// $word_len >= minLen and the replacement repl.
func e(minLen int, repl string, ss ...string) []among {
	out := make([]among, len(ss))
	for i, s := range ss {
		out[i] = among{s: []rune(s), minLen: minLen, repl: []rune(repl)}
	}
	return out
}

func cat(parts ...[]among) []among {
	var out []among
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// findSuffix is Snowball's backward [substring] among: the longest string
// of l that ends at the cursor c.
func (w *env) findSuffix(c int, l *amongList) *among {
	if c == 0 || !l.last.has(w.RS[c-1]) {
		return nil
	}
	for i := range l.entries {
		if w.HasSuffixRunesIn(0, c, l.entries[i].s) {
			return &l.entries[i]
		}
	}
	return nil
}

// findPrefix is Snowball's forward [substring] among: the longest string
// of l that starts at the cursor c.
func (w *env) findPrefix(c int, l *amongList) *among {
	rs := w.RS
	if c >= len(rs) || !l.first.has(rs[c]) {
		return nil
	}
	for i := range l.entries {
		if hasPrefixAt(rs, c, l.entries[i].s) {
			return &l.entries[i]
		}
	}
	return nil
}

func hasPrefixAt(rs []rune, c int, p []rune) bool {
	if len(rs)-c < len(p) {
		return false
	}
	for i, r := range p {
		if rs[c+i] != r {
			return false
		}
	}
	return true
}

// replace is Snowball's slice_from: it replaces RS[bra:ket] by repl
// (delete when repl is empty). No routine of the algorithm after
// Normalize_pre lengthens the word (a test checks the among lists), so the
// word is rewritten in place and its buffer never grows.
func (w *env) replace(bra, ket int, repl []rune) {
	if len(repl) == 0 && ket == len(w.RS) {
		w.RemoveLastNRunes(ket - bra)
		return
	}
	// sw.RS = sw.RS[:n] through a plain pointer is a self-assignment the
	// compiler's escape analysis recognizes, so the caller's stack buffer
	// stays on the stack.
	sw := &w.SnowballWord
	n := len(sw.RS) - (ket - bra) + len(repl)
	copy(sw.RS[bra:], repl)
	copy(sw.RS[bra+len(repl):], sw.RS[ket:])
	sw.RS = sw.RS[:n]
}

// suffix runs a backward routine body "$word_len = len [substring] among(l)"
// at the cursor c. It returns the new cursor (the start of the replaced
// slice, as Snowball leaves it) and whether the routine succeeded.
func (w *env) suffix(c int, l *amongList) (int, bool) {
	w.wordLen = len(w.RS)
	a := w.findSuffix(c, l)
	if a == nil || w.wordLen < a.minLen {
		return c, false
	}
	bra := c - len(a.s)
	w.replace(bra, c, a.repl)
	return bra, true
}

// prefix runs a forward routine body "$word_len = len [substring] among(l)"
// at the cursor c. It returns the new cursor (after the replacement) and
// whether the routine succeeded.
func (w *env) prefix(c int, l *amongList) (int, bool) {
	w.wordLen = len(w.RS)
	a := w.findPrefix(c, l)
	if a == nil || w.wordLen < a.minLen {
		return c, false
	}
	w.replace(c, c+len(a.s), a.repl)
	return c + len(a.repl), true
}
