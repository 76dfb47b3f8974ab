package arabic

import (
	"cmp"
	"slices"

	"github.com/kljensen/snowball/snowballword"
)

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
	s       []rune
	codeLen uint8 // len(s)
	// key is s in the codes of the fast path (bytes.go), little-endian,
	// and mask has 0xFF in the bytes of key that hold them.
	key, mask uint32
	minLen    int
	repl      []rune
}

// An amongList is one among list, indexed for the longest match Snowball
// requires (kljensen's FirstSuffix takes the first match in list order
// instead, which would find 'ن' before 'ون'): byLast holds the entries
// grouped by their last letter, each group longest first, so a suffix
// match only compares the strings that end with the word's last letter;
// byFirst does the same for prefixes. The lists are built once and never
// written.
type amongList struct {
	byLast, byFirst index
	// lastSet and firstSet have bit r-indexBase set when byLast or
	// byFirst files entries under r: the inlined quick rejection.
	lastSet, firstSet uint64
	// lastCode and firstCode are the same sets for the fast path, with
	// bit code&63 for a letter's code (bytes.go).
	lastCode, firstCode uint64
	// minLen is the least minLen of the entries: on a shorter word the
	// routine fails whatever matches.
	minLen int
	// byLastCode and byFirstCode are byLast and byFirst for the fast
	// path: compact entries indexed by code&63.
	byLastCode, byFirstCode codeIndex
}

// A codeIndex is an index for the fast path (bytes.go): entries[lo:hi]
// for the letter of code c at span[c&63]. Letters are codes 0xA1–0xCA,
// whose low six bits differ; another character may share a slot with a
// letter, and then the comparison of its code rejects every entry.
type codeIndex struct {
	span    [64]struct{ lo, hi uint8 }
	entries [codeIndexMax]codeAmong // an array: entries[i&(codeIndexMax-1)] needs no bounds check
}

// codeIndexMax bounds the strings of an among list (12 at most).
const codeIndexMax = 16

// A codeAmong is an among in the codes of the fast path: key and mask
// as in among, repl the codes of the replacement (little-endian) and
// replMask 0xFF in the bytes of repl.
type codeAmong struct {
	key, mask, repl, replMask uint32
	len, replLen, minLen      uint8
}

func newCodeIndex(x *index) codeIndex {
	var ci codeIndex
	for i, a := range x.entries {
		ca := codeAmong{key: a.key, mask: a.mask, len: a.codeLen, replLen: uint8(len(a.repl)), minLen: uint8(a.minLen)}
		for k, r := range a.repl {
			ca.repl |= uint32(byte(r-codeBase)) << (8 * k)
			ca.replMask |= 0xFF << (8 * k)
		}
		if i >= codeIndexMax {
			panic("arabic: among list longer than codeIndexMax")
		}
		ci.entries[i] = ca
	}
	for r, sp := range x.span {
		if sp.hi != 0 {
			ci.span[(rune(r)+indexBase-codeBase)&63] = sp
		}
	}
	return ci
}

// Every letter of every among string lies in U+0621–U+064A (ء to ي): an
// index has one slot per character of U+0620–U+065F.
const (
	indexBase = 0x620
	indexSize = 0x40
)

// An index maps a letter to the entries for it: entries[lo:hi].
type index struct {
	entries []among
	span    [indexSize]struct{ lo, hi uint8 }
}

func (x *index) lookup(r rune) []among {
	r -= indexBase
	if uint32(r) >= indexSize {
		return nil
	}
	sp := x.span[r]
	return x.entries[sp.lo:sp.hi]
}

func newIndex(entries []among, key func(a among) rune) index {
	x := index{entries: slices.Clone(entries)}
	slices.SortStableFunc(x.entries, func(a, b among) int {
		if c := cmp.Compare(key(a), key(b)); c != 0 {
			return c
		}
		return cmp.Compare(len(b.s), len(a.s)) // longest first
	})
	for i, a := range x.entries {
		for _, r := range a.s {
			if r < 0x621 || r > 0x64A {
				panic("arabic: among string outside U+0621–U+064A")
			}
		}
		k := key(a) - indexBase
		if x.span[k].hi == 0 {
			x.span[k].lo = uint8(i)
		}
		x.span[k].hi = uint8(i + 1)
	}
	return x
}

// mk builds an amongList from strings and their command.
func mk(entries ...among) amongList {
	l := amongList{
		byLast:  newIndex(entries, func(a among) rune { return a.s[len(a.s)-1] }),
		byFirst: newIndex(entries, func(a among) rune { return a.s[0] }),
	}
	l.byLastCode, l.byFirstCode = newCodeIndex(&l.byLast), newCodeIndex(&l.byFirst)
	l.minLen = entries[0].minLen
	for _, a := range entries {
		l.minLen = min(l.minLen, a.minLen)
		l.lastSet |= 1 << (a.s[len(a.s)-1] - indexBase)
		l.firstSet |= 1 << (a.s[0] - indexBase)
		l.lastCode |= 1 << ((a.s[len(a.s)-1] - codeBase) & 63)
		l.firstCode |= 1 << ((a.s[0] - codeBase) & 63)
	}
	return l
}

// e returns the entries for the strings in ss, each with the condition
// $word_len >= minLen and the replacement repl.
func e(minLen int, repl string, ss ...string) []among {
	out := make([]among, len(ss))
	for i, s := range ss {
		a := among{s: []rune(s), minLen: minLen, repl: []rune(repl)}
		if len(a.s) > 4 {
			panic("arabic: among string longer than 4 letters")
		}
		for k, r := range a.s {
			a.key |= uint32(byte(r-codeBase)) << (8 * k)
			a.mask |= 0xFF << (8 * k)
		}
		a.codeLen = uint8(len(a.s))
		out[i] = a
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
	if c == 0 {
		return nil
	}
	cands := l.byLast.lookup(w.RS[c-1])
	for i := range cands {
		if w.HasSuffixRunesIn(0, c, cands[i].s) {
			return &cands[i]
		}
	}
	return nil
}

// findPrefix is Snowball's forward [substring] among: the longest string
// of l that starts at the cursor c.
func (w *env) findPrefix(c int, l *amongList) *among {
	rs := w.RS
	if c >= len(rs) {
		return nil
	}
	cands := l.byFirst.lookup(rs[c])
	for i := range cands {
		if hasPrefixAt(rs, c, cands[i].s) {
			return &cands[i]
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
// slice, as Snowball leaves it) and whether the routine succeeded. The
// common case, no string of l ends with the letter before the cursor, is
// decided here, small enough for the compiler to inline. (word_len is
// only read by the among conditions, so it is set where they are checked;
// see appendPost for the one other reader.)
func (w *env) suffix(c int, l *amongList) (int, bool) {
	if c > 0 && c <= len(w.RS) && l.lastSet>>(uint32(w.RS[c-1]-indexBase)&63)&1 != 0 {
		return w.suffixMatch(c, l)
	}
	return c, false
}

func (w *env) suffixMatch(c int, l *amongList) (int, bool) {
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
// whether the routine succeeded. Like suffix, it decides the common case
// inline.
func (w *env) prefix(c int, l *amongList) (int, bool) {
	if c >= 0 && c < len(w.RS) && l.firstSet>>(uint32(w.RS[c]-indexBase)&63)&1 != 0 {
		return w.prefixMatch(c, l)
	}
	return c, false
}

func (w *env) prefixMatch(c int, l *amongList) (int, bool) {
	w.wordLen = len(w.RS)
	a := w.findPrefix(c, l)
	if a == nil || w.wordLen < a.minLen {
		return c, false
	}
	w.replace(c, c+len(a.s), a.repl)
	return c + len(a.repl), true
}
