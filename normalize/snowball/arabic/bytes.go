package arabic

import (
	"encoding/binary"
	"slices"
)

// The fast path: the same program on a word held one byte per character.
//
// Almost every word of Arabic text is made of ASCII and characters of
// U+0600–U+067F, and each of those fits in one byte: ASCII as itself,
// U+0600+k as 0x80+k (a "code"). In that form a character is a byte, the
// length of the word is its number of bytes, and the among strings (all in
// U+0621–U+064A) are compared byte by byte, so the routines below do what
// those of steps.go and stem.go do on runes, step for step, with less work.
// Words with any other character (presentation forms, Persian letters,
// other scripts, invalid UTF-8) or longer than codeMax bytes go through
// the rune version, which stays the reference: TestBytesMatchRunes checks
// that both give the same stems.

const (
	codeMax  = 64    // bytes of a word the fast path takes
	codeBase = 0x580 // rune - codeBase is the code of a rune of U+0600–U+067F
	codeDrop = 0     // in preCode: the character is deleted
	codeIdx  = indexBase - codeBase
)

// preCode maps the characters of U+0600–U+067F, indexed by (b0&1)<<6 |
// b1&0x3F of their UTF-8 bytes b0 b1, to their code after Normalize_pre:
// codeDrop for tatweel and harakat, ASCII for Arabic-Indic digits. (The
// index is computed as a byte, whose top bit is b0's bit 1, always 0
// here: the upper half, a copy, spares the bounds check.)
var preCode = func() (t [0x100]byte) {
	for i := range t {
		switch m := preArabic[i&0x7F]; {
		case m == drop:
			t[i] = codeDrop
		case m < 0x80:
			t[i] = byte(m)
		default:
			t[i] = byte(m - codeBase)
		}
	}
	return t
}()

// postCode holds the UTF-8 bytes of each code after Normalize_post inside
// a stem, as b0 | b1<<8 (see postArabic), and their number from bit 16:
// ASCII (one byte) for codes below 0x80.
var postCode = func() (t [0x100]uint32) {
	for c := range t {
		if c < 0x80 {
			t[c] = uint32(c) | 1<<16
		} else {
			t[c] = uint32(postArabic[c-0x80]) | 2<<16
		}
	}
	return t
}()

// A bword is env for the fast path: the word in codes, b[:n].
type bword struct {
	b                         [codeMax + 8]byte // 8 bytes past the word, for 4- and 8-byte loads
	n                         int
	runes                     int // the characters of the word as given, marks included
	isNoun, isVerb, isDefined bool
}

// encodePre is Normalize_pre into codes: it reports false (and the rune
// version must stem s) when a character of s has no code or s is too
// long.
func (w *bword) encodePre(s string) bool {
	if len(s) > codeMax {
		return false
	}
	j, drops := 0, 0
	for len(s) >= 8 {
		// Four characters at a time when they are all letters that
		// Normalize_pre keeps: D8 80–BF or D9 81–8A (see letters4).
		c, ok := letters4(uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)
		if !ok {
			break
		}
		// j is a multiple of 4 below codeMax-4 here: the mask changes
		// nothing but spares the bounds check.
		binary.LittleEndian.PutUint32(w.b[j&(codeMax-4):], c)
		j += 4
		s = s[8:]
	}
	for len(s) >= 2 {
		v := uint16(s[0]) | uint16(s[1])<<8
		if v&0xC0FE == 0x80D8 { // U+0600–U+067F
			m := preCode[byte(v<<6)|byte(v>>8)&0x3F]
			w.b[j&(codeMax-1)] = m
			if m != codeDrop {
				j++
			} else {
				drops++
			}
			s = s[2:]
			continue
		}
		if v&0x80 != 0 {
			return false
		}
		w.b[j&(codeMax-1)] = byte(v)
		j++
		s = s[1:]
	}
	if len(s) > 0 {
		if s[0] >= 0x80 {
			return false
		}
		w.b[j&(codeMax-1)] = s[0]
		j++
	}
	w.n = j
	w.runes = j + drops
	return true
}

// letters4 returns the codes of the four characters in the eight bytes v
// (little-endian) and true if each is a character that Normalize_pre keeps
// as it is and is not an Arabic-Indic digit: U+0600–U+063F (D8 80–BF) or
// a letter U+0641–U+064A (D9 81–8A). The four 16-bit lanes of v are
// tested at once; no lane borrows from or carries into the next.
func letters4(v uint64) (uint32, bool) {
	const (
		lanes = 0x0001000100010001
		lead  = 0xC0FE * lanes // the bits that make D8/D9 + continuation byte
	)
	b1 := v >> 8 & (0xFF * lanes)      // each lane: its second byte
	d := b1 + 0x7F*lanes               // bit 8 set: b1 ≥ 0x81
	e := b1 + (0x7F+0xF6)*lanes        // bit 9 set: b1 ≥ 0x8B
	in := (d &^ (e >> 1)) >> 8 & lanes // b1 in 81–8A
	c := (v&lanes)<<6 | b1&(0x3F*lanes) | 0x80*lanes
	c = (c | c>>8) & 0x0000FFFF0000FFFF
	// Lead bytes D8/D9 and continuation bytes, and no D9 lane outside
	// 81–8A. (Tested at the end, in one expression, so that the function
	// is small enough to be inlined.)
	return uint32(c | c>>16), v&lead == 0x80D8*lanes && (v&lanes)&^in == 0
}

// appendPost is appendPost for the fast path. Every character but the
// last is written as two bytes (an ASCII one's second byte is overwritten
// by the next character); the last is written at its own length, so that
// nothing is written past the stem, as append promises.
func (w *bword) appendPost(dst []byte) []byte {
	b := w.b[:w.n]
	var last uint16
	if n := len(b); n > 0 {
		switch rune(b[n-1]) + codeBase {
		case 'أ', 'إ', 'آ', 'ؤ', 'ئ':
			b, last = b[:n-1], uint16(postCode['ء'-codeBase])
		}
	}
	n := len(dst)
	if need := 2*len(b) + 2; cap(dst)-n < need {
		dst = slices.Grow(dst, need)
	}
	out := dst[:cap(dst)]
	k := len(b)
	if last == 0 && k > 0 {
		k-- // the last character is written below
	}
	for _, c := range b[:k] {
		e := postCode[c]
		binary.LittleEndian.PutUint16(out[n:n+2], uint16(e))
		n += int(e >> 16)
	}
	if k < len(b) {
		if e := postCode[b[k]]; e>>16 == 1 {
			out[n] = byte(e)
			n++
		} else {
			binary.LittleEndian.PutUint16(out[n:n+2], uint16(e))
			n += 2
		}
	}
	if last != 0 {
		binary.LittleEndian.PutUint16(out[n:n+2], last)
		n += 2
	}
	return out[:n]
}

// appendFolded is appendPost with each character written as the table t
// of a Folder gives it: its bytes as b0 | b1<<8 and their number from bit
// 16 (one or two). Every character is written as two bytes, the second
// one overwritten by the next character when it has one byte: it may
// write one byte in the spare capacity of dst past the stem (as a
// Folder's AppendStem says). It reports false, with dst as it was but for
// its spare capacity, when the entry of a character has the bit byTable
// set (the character is not written by the table). (A copy of appendPost
// rather than appendPost with a table, which costs AppendStem about ten
// instructions a word.)
func (w *bword) appendFolded(dst []byte, t *[0x100]uint32) ([]byte, bool) {
	b := w.b[:w.n]
	var last uint32
	// آ أ ؤ إ ئ (U+0622–U+0626) at the end of the stem become ء.
	if n := len(b); n > 0 && b[n-1]-('آ'-codeBase) <= 'ئ'-'آ' {
		b, last = b[:n-1], t['ء'-codeBase]
	}
	n := len(dst)
	if need := 2*len(b) + 2; cap(dst)-n < need {
		dst = slices.Grow(dst, need)
	}
	out := dst[:cap(dst)]
	flags := last
	for _, c := range b {
		e := t[c]
		flags |= e
		binary.LittleEndian.PutUint16(out[n:n+2], uint16(e))
		n += int(e >> 16 & 3)
	}
	if last != 0 {
		binary.LittleEndian.PutUint16(out[n:n+2], uint16(last))
		n += int(last >> 16 & 3)
	}
	if flags&byTable != 0 {
		return dst, false
	}
	return out[:n], true
}

// byTable is the bit of an entry of an output table that says the
// character is not written by the table.
const byTable = 1 << 24

// stemBytes is stem on the word s, if the fast path takes it: it appends
// the stem to dst and reports true, or reports false and leaves dst alone.
// (Folder.AppendStem has a copy of it.)
func stemBytes(dst []byte, s string) ([]byte, bool) {
	var w bword
	w.isNoun, w.isVerb = true, true
	if !w.encodePre(s) {
		return dst, false
	}
	// env.suffixesAndPrefixes, written here to spare a call per word.
	if w.n <= 3 {
		w.shortSuffixes() // (Checks1 changes nothing it reads)
	} else {
		if k := definiteMinLen(s); k > 0 && w.runes >= k { // Checks1
			w.isNoun, w.isVerb, w.isDefined = true, false, true
		}
		if suffixLetters>>(w.b[(w.n-1)&(codeMax-1)]&63)&1 != 0 {
			w.suffixes()
		}
		if w.n >= 4 && prefixLetters>>(w.b[0]&63)&1 != 0 { // (every prefix needs $word_len >= 4)
			w.prefixes()
		}
	}
	return w.appendPost(dst), true
}

// The routines below are those of stem.go with the quick test of each
// among list (ends, begins) written where the routine is called, so that
// the compiler inlines it: most tests fail, and then nothing is called.

// suffixLetters and prefixLetters are the union of the quick tests of
// the suffix and of the prefix among lists: a word whose last letter is in
// none of the suffix lists keeps all its suffixes (no routine of the
// suffix block matches at the end, and the cursor never moves), and
// likewise for the first letter and the prefixes.
var suffixLetters, prefixLetters = func() (s, p uint64) {
	for _, l := range []*amongList{
		&amongSuffixNounStep1a, &amongSuffixNounStep1b, &amongSuffixNounStep2a, &amongSuffixNounStep2b,
		&amongSuffixNounStep2c1, &amongSuffixNounStep2c2, &amongSuffixNounStep3, &amongSuffixVerbStep1,
		&amongSuffixVerbStep2a, &amongSuffixVerbStep2b, &amongSuffixVerbStep2c, &amongSuffixAllAlefMaqsura,
	} {
		s |= l.lastCode
	}
	for _, l := range []*amongList{
		&amongPrefixStep1, &amongPrefixStep2, &amongPrefixStep3Noun, &amongPrefixStep3bNoun,
		&amongPrefixStep3Verb, &amongPrefixStep4Verb,
	} {
		p |= l.firstCode
	}
	return s, p
}()

// shortSuffixes is the suffix and prefix blocks of
// env.suffixesAndPrefixes for a word of at most three characters: every
// string of every among list but two comes with $word_len ≥ 4 or more,
// and its routine fails on such a word (the longest string that matches
// decides, and a failed routine changes nothing). What is left:
// Suffix_Noun_Step3 deletes a final ي from a word of three characters
// (isNoun still holds: only the prefix block clears it), and otherwise
// Suffix_All_alef_maqsura turns a final ى into ي.
func (w *bword) shortSuffixes() {
	if w.n == 0 {
		return
	}
	switch w.b[(w.n-1)&(codeMax-1)] {
	case 'ي' - codeBase:
		if w.n == 3 {
			w.n = 2
		}
	case 'ى' - codeBase:
		w.b[(w.n-1)&(codeMax-1)] = 'ي' - codeBase
	}
}

// suffixes is the suffix block of env.suffixesAndPrefixes.
func (w *bword) suffixes() {
	if w.isVerb && w.verbSuffixes(w.n) {
		return
	}
	if w.isNoun { // env.nounSuffixes, written here to spare a call
		c := w.nounTry(w.n)
		if l := &amongSuffixNounStep3; w.ends(c, l) {
			if _, ok := w.suffixMatch(c, l); ok {
				return
			}
		}
	}
	if l := &amongSuffixAllAlefMaqsura; w.ends(w.n, l) {
		w.suffixMatch(w.n, l)
	}
}

// prefixes is the prefix block of env.suffixesAndPrefixes.
func (w *bword) prefixes() {
	c := 0
	if l := &amongPrefixStep1; w.begins(c, l) {
		if c1, ok := w.prefixMatch(c, l); ok {
			c = c1
		}
	}
	// Prefix_Step2: ف and و, unless followed by ا.
	if l := &amongPrefixStep2; w.begins(c, l) && !(c+1 < w.n && w.b[(c+1)&(codeMax-1)] == 'ا'-codeBase) {
		if c1, ok := w.prefixMatch(c, l); ok {
			c = c1
		}
	}
	ok := false
	if l := &amongPrefixStep3Noun; w.begins(c, l) {
		_, ok = w.prefixMatch(c, l)
	}
	if ok {
		return
	}
	// Prefix_Step3b_Noun: ب (not before ا), بب and كك.
	if l := &amongPrefixStep3bNoun; w.isNoun && w.begins(c, l) &&
		!(c+1 < w.n && w.b[c&(codeMax-1)] == 'ب'-codeBase && w.b[(c+1)&(codeMax-1)] == 'ا'-codeBase) {
		_, ok = w.prefixMatch(c, l)
	}
	if !ok && w.isVerb {
		if l := &amongPrefixStep3Verb; w.begins(c, l) {
			if c1, ok := w.prefixMatch(c, l); ok {
				c = c1
			}
		}
		if l := &amongPrefixStep4Verb; w.begins(c, l) {
			if _, ok := w.prefixMatch(c, l); ok {
				w.isVerb, w.isNoun = true, false
			}
		}
	}
}

// verbSuffixes is env.verbSuffixes.
func (w *bword) verbSuffixes(c int) bool {
	fromEnd := w.n - c
	n := 0
	for l := &amongSuffixVerbStep1; w.ends(c, l); {
		c1, ok := w.suffixMatch(c, l)
		if !ok {
			break
		}
		c, n = c1, n+1
	}
	if n > 0 {
		if l := &amongSuffixVerbStep2a; w.ends(c, l) {
			if _, ok := w.suffixMatch(c, l); ok {
				return true
			}
		}
		if l := &amongSuffixVerbStep2c; w.ends(c, l) {
			if _, ok := w.suffixMatch(c, l); ok {
				return true
			}
		}
		if c > 0 { // next
			return true
		}
	}
	c = w.n - fromEnd
	if l := &amongSuffixVerbStep2b; w.ends(c, l) {
		if _, ok := w.suffixMatch(c, l); ok {
			return true
		}
	}
	if l := &amongSuffixVerbStep2a; w.ends(c, l) {
		_, ok := w.suffixMatch(c, l)
		return ok
	}
	return false
}

// nounTry is env.nounTry.
func (w *bword) nounTry(c int) int {
	fromEnd := w.n - c
	if l := &amongSuffixNounStep2c2; w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			return c1
		}
	}
	if l := &amongSuffixNounStep1a; !w.isDefined && w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			if c2, ok := w.nounStep2(c1); ok {
				return c2
			}
			if c1 > 0 { // next
				return c1 - 1
			}
		}
	}
	c = w.n - fromEnd
	if l := &amongSuffixNounStep1b; w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			if c2, ok := w.nounStep2(c1); ok {
				return c2
			}
		}
	}
	c = w.n - fromEnd
	if l := &amongSuffixNounStep2a; !w.isDefined && w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			return c1
		}
	}
	if l := &amongSuffixNounStep2b; w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			return c1
		}
	}
	return w.n - fromEnd
}

// nounStep2 is env.nounStep2.
func (w *bword) nounStep2(c int) (int, bool) {
	if l := &amongSuffixNounStep2a; w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			return c1, true
		}
	}
	if l := &amongSuffixNounStep2b; w.ends(c, l) {
		if c1, ok := w.suffixMatch(c, l); ok {
			return c1, true
		}
	}
	if l := &amongSuffixNounStep2c1; w.ends(c, l) {
		return w.suffixMatch(c, l)
	}
	return c, false
}

// ends is the quick test of env.suffix: whether a string of l may end at
// the cursor c (a letter of l ends there) and the word is long enough for
// one of them.
func (w *bword) ends(c int, l *amongList) bool {
	return uint(c-1) < codeMax && w.n >= l.minLen && l.lastCode>>(w.b[(c-1)&(codeMax-1)]&63)&1 != 0
}

// begins is the quick test of env.prefix: whether a string of l may start
// at the cursor c and the word is long enough for one of them.
func (w *bword) begins(c int, l *amongList) bool {
	return uint(c) < uint(w.n) && w.n >= l.minLen && l.firstCode>>(w.b[c&(codeMax-1)]&63)&1 != 0
}

// suffixMatch is env.suffixMatch on codes; the caller checked ends(c, l),
// so 0 < c ≤ w.n.
func (w *bword) suffixMatch(c int, l *amongList) (int, bool) {
	x := &l.byLastCode
	sp := x.span[w.b[(c-1)&(codeMax-1)]&63]
	for i := sp.lo; i < sp.hi; i++ {
		a := &x.entries[i&(codeIndexMax-1)]
		k := int(a.len)
		if k > c || !w.equal(c-k, a) {
			continue
		}
		if w.n < int(a.minLen) {
			return c, false
		}
		bra := c - k
		w.replace(bra, c, a)
		return bra, true
	}
	return c, false
}

// equal reports whether the codes of a are at b[at:]; at+len(a) ≤ n.
func (w *bword) equal(at int, a *codeAmong) bool {
	at &= codeMax - 1
	return (binary.LittleEndian.Uint32(w.b[at:at+4])^a.key)&a.mask == 0
}

// prefixMatch is env.prefixMatch on codes; the caller checked begins(c,
// l), so c < w.n.
func (w *bword) prefixMatch(c int, l *amongList) (int, bool) {
	x := &l.byFirstCode
	sp := x.span[w.b[c&(codeMax-1)]&63]
	for i := sp.lo; i < sp.hi; i++ {
		a := &x.entries[i&(codeIndexMax-1)]
		k := int(a.len)
		if k > w.n-c || !w.equal(c, a) {
			continue
		}
		if w.n < int(a.minLen) {
			return c, false
		}
		w.replace(c, c+k, a)
		return c + int(a.replLen), true
	}
	return c, false
}

// replace is env.replace on codes: b[bra:ket] becomes the codes of a's
// replacement, never longer than b[bra:ket] (written as one masked 4-byte
// store, which keeps the bytes after it).
func (w *bword) replace(bra, ket int, a *codeAmong) {
	p := w.b[bra&(codeMax-1):]
	p = p[:4]
	binary.LittleEndian.PutUint32(p, binary.LittleEndian.Uint32(p)&^a.replMask|a.repl)
	// The codes after ket move left, eight bytes at a time (the bytes
	// written past the new end are never read as the word's).
	d := bra + int(a.replLen)
	for i := ket; i < w.n; i += 8 {
		binary.LittleEndian.PutUint64(w.b[(d+i-ket)&(codeMax-1):], binary.LittleEndian.Uint64(w.b[i&(codeMax-1):]))
	}
	w.n -= ket - bra - int(a.replLen)
}
