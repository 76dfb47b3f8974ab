package dates

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// tkind is the kind of a compact token.
type tkind uint8

const (
	tGap   tkind = iota // one or more words that play no part in dates
	tWord               // a word of the lexicon
	tNum                // a number
	tPunct              // a punctuation mark
)

// token flags
const (
	fNewline  uint8 = 1 << iota // a line break comes before the token
	fWa                         // the word carried the conjunction و or ف
	fFuture                     // a future-tense verb (for a gap: one of its words)
	fLatin                      // a gap made of Latin-script words, a URL or a symbol
	fBadNum                     // a number in another script or with odd separators
	fPast                       // a past-tense cue (for a gap: one of its words)
	fPostpone                   // a postponement (for a gap: one of its words): future after إلى
	fDayAhead                   // a planned act's verb (for a gap: one of its words): a bare weekday after it is to come
)

// A token is one unit the matcher sees. Spans are in the coordinates of
// the text being scanned (the source for Find, Norm for FindText).
type token struct {
	start, end int
	e          *entry
	kind       tkind
	flags      uint8
	words      uint16 // tGap: how many words it stands for
	// tNum: up to three parts separated by sep (28.06.2017), each with
	// its value and digit count. tPunct: p is the (folded) mark.
	np   uint8
	sep  byte
	nd   [3]uint8
	v    [3]int32
	p    rune
	wlen uint8 // tWord: letters in the folded word
	// cut is where the word proper starts, after clitics that the lexicon
	// lookup removed (بالأمس → الأمس); a date starting here starts at cut.
	cut int
}

func (t *token) is(r role) bool { return t.kind == tWord && t.e.roles&r != 0 }

// num returns the value of a plain number token (one part), or -1.
func (t *token) num() int {
	if t.kind != tNum || t.np != 1 || t.flags&fBadNum != 0 {
		return -1
	}
	return int(t.v[0])
}

// rune classes of the folded stream
const (
	clsDrop    = iota // removed by normalization (marks, tatweel, invisible controls)
	clsSpace          // separates tokens
	clsNewline        // separates tokens and lines
	clsArabic         // an Arabic letter (after folding)
	clsDigit          // a digit (out is its ASCII form when it has one)
	clsLatin          // a letter of another script
	clsPunct
	clsSymbol
	clsExpand // a presentation form that expands to several characters
)

// foldTable folds the Arabic block U+0600–U+06FF the way the Search
// normalizer does; it is derived from the normalizer itself so that Find
// and FindText always agree.
type foldTable struct {
	block [256]rune // -1: dropped
	cls   [256]uint8
	enc   [256][2]byte // UTF-8 of block[i] for letters (two bytes)
	// same is set for the letters that fold to themselves, at
	// (lead byte - 0xD8)<<8 | second byte
	same [4 << 8]bool
	norm *normalize.Normalizer
}

var theFold = sync.OnceValue(func() *foldTable {
	ft := &foldTable{norm: normalize.MustNew(normalize.Search)}
	for i := range ft.block {
		r := rune(0x600 + i)
		out := ft.norm.String(string(r))
		if out == "" {
			ft.block[i] = -1
			ft.cls[i] = clsDrop
			continue
		}
		f, _ := utf8.DecodeRuneInString(out)
		ft.block[i] = f
		ft.cls[i] = tokenClass(f)
		if ft.cls[i] == clsArabic && utf8.RuneLen(f) != 2 {
			ft.cls[i] = clsExpand // never for the Arabic block, but keep the fast path honest
		}
		if ft.cls[i] == clsArabic {
			ft.enc[i] = [2]byte{byte(0xC0 | f>>6), byte(0x80 | f&0x3F)}
			ft.same[i>>6<<8|(0x80|i&0x3F)] = f == r
		}
	}
	return ft
})

// tokenClass asks the tokenizer of package normalize how it classifies the
// folded rune f, so that the two never drift apart.
func tokenClass(f rune) uint8 {
	if f == '\n' || f == '\r' {
		return clsNewline
	}
	toks := normalize.Tokenize(string(f))
	if len(toks) == 0 {
		return clsSpace
	}
	switch toks[0].Kind {
	case normalize.ArabicWord:
		return clsArabic
	case normalize.Number:
		return clsDigit
	case normalize.LatinWord:
		return clsLatin
	case normalize.Punct:
		return clsPunct
	}
	return clsSymbol
}

// classify returns the class of a folded rune.
func classify(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r == '\n' || r == '\r': // a lone CR ends the lines of old Mac files
			return clsNewline
		case r == ' ' || r == '\t' || r == '\v' || r == '\f' || r < 0x20 || r == 0x7f:
			return clsSpace
		case '0' <= r && r <= '9':
			return clsDigit
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			return clsLatin
		case unicode.IsPunct(r):
			return clsPunct
		}
		return clsSymbol
	case normalize.IsArabicLetter(r): // U+200D (ZWJ) never comes here: fold drops it first
		return clsArabic
	case unicode.IsDigit(r):
		return clsDigit
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return clsLatin
	case unicode.IsPunct(r):
		return clsPunct
	case unicode.IsControl(r):
		return clsSpace
	}
	return clsSymbol
}

// fold returns the folded form and class of the rune r (not ASCII).
func (ft *foldTable) fold(r rune) (rune, uint8) {
	if r >= 0x600 && r <= 0x6FF {
		return ft.block[r-0x600], ft.cls[r-0x600]
	}
	switch {
	case r == utf8.RuneError:
		return r, clsSymbol
	case r == 0x2028 || r == 0x2029:
		return '\n', clsNewline
	case r == 0x200B || r == 0x200C || r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
		return ' ', clsSpace
	case r == 0x200D || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xFEFF || r == 0x2060 || r == 0xAD:
		return -1, clsDrop
	case (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE):
		return r, clsExpand
	}
	switch r {
	case '“', '”', '„', '‟', '«', '»', '‹', '›', '″':
		return '"', clsPunct
	case '‘', '’', '‚', '‛', '′':
		return '\'', clsPunct
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-', clsPunct
	}
	return r, classify(r)
}

// A scanner turns text into compact tokens and feeds them, a sentence at
// a time, to the matcher.
type scanner struct {
	lx   *lexicon
	ft   *foldTable
	m    *matcher
	toks []token
	key  []byte
	nl   bool
	stop bool // a full stop was pushed last
	// h is the hash of key when hashed is set (scanArabic computes it as
	// it folds).
	h      uint64
	hashed bool
	text   string // the text whose offsets tokens carry
	// sink, when set, receives the tokens instead of the matcher (tests).
	sink func([]token)
	p    *Parser
	src  *normalize.Text // FindText's text, for source spans; nil for Find
	// spans maps the dates' spans to src's Source: they come in the
	// text's order, so it walks the offset map instead of searching it.
	spans normalize.SpanCursor
	out   []Date
	base  int // out's dates from base on are this text's (AppendText)
}

const (
	maxSegment = 2048 // tokens matched at once; longer runs are cut with overlap
	segOverlap = 64
)

// push appends a token, merging gaps, and matches the segment when it
// ends (after a full stop, before a line break) or grows too long.
func (sc *scanner) push(t token) {
	if t.cut < t.start {
		t.cut = t.start
	}
	if sc.nl {
		t.flags |= fNewline
		sc.nl = false
		if len(sc.toks) > 0 {
			sc.flush(true)
		}
	}
	if t.kind == tGap {
		if n := len(sc.toks); n > 0 && sc.toks[n-1].kind == tGap && t.flags&fNewline == 0 {
			g := &sc.toks[n-1]
			g.end = t.end
			g.flags |= t.flags
			if g.words < 0xFFFF {
				g.words++
			}
			return
		}
		t.words = 1
	}
	if sc.stop {
		// A full stop ended the last segment, unless it only followed a
		// day number before a month name (2. أكتوبر).
		sc.stop = false
		n := len(sc.toks)
		afterNum := n >= 2 && sc.toks[n-1].p == '.' && sc.toks[n-2].kind == tNum
		afterMonth := n >= 2 && sc.toks[n-1].p == '.' && sc.toks[n-2].kind == tWord && sc.toks[n-2].e.roles&(rGMonth|rHMonth|rMonthQual) != 0
		if !(t.kind == tWord && t.e.roles&(rGMonth|rHMonth|rMonthHead) != 0 && afterNum || t.kind == tNum && t.nd[0] == 4 && afterMonth) {
			sc.flush(true)
		}
	}
	sc.toks = append(sc.toks, t)
	if t.kind == tPunct && (t.p == '.' || t.p == '!' || t.p == '?' || t.p == '…' || t.p == ';') {
		if t.p == '.' {
			sc.stop = true
			return
		}
		sc.flush(true)
		return
	}
	if len(sc.toks) >= maxSegment {
		sc.flush(false)
	}
}

// flush matches the pending tokens. When final is false, the last
// segOverlap tokens are kept (and matches starting among them dropped) so
// that an expression cut by the limit is matched whole next time.
func (sc *scanner) flush(final bool) {
	if final {
		sc.stop = false
	}
	if len(sc.toks) == 0 {
		return
	}
	limit := len(sc.toks)
	if !final {
		limit -= segOverlap
	}
	if sc.sink != nil {
		sc.sink(sc.toks)
		sc.toks = sc.toks[:0]
		return
	}
	next := sc.m.match(sc.toks, limit)
	if final || next >= len(sc.toks) {
		sc.toks = sc.toks[:0]
		return
	}
	n := copy(sc.toks, sc.toks[next:])
	sc.toks = sc.toks[:n]
}

// word classifies the folded word in sc.key spanning [s, e).
func (sc *scanner) word(s, e int) {
	t := token{start: s, end: e, cut: s}
	w := sc.key
	h := sc.h
	// A key hashed as it was built holds two-byte letters only.
	twoByte := sc.hashed
	if !sc.hashed || len(w) == 0 {
		h = hashBytes(w)
	}
	sc.hashed = false
	if e2, wa, pre := sc.lx.lookupHash(w, h); e2 != nil {
		if e2.roles&rCueOnly != 0 {
			sc.gap(s, e, cueFlags(e2.roles))
			return
		}
		t.kind = tWord
		t.e = e2
		if wa {
			t.flags |= fWa
		}
		if pre > 0 {
			t.cut = sc.skipLetters(s, e, pre)
		}
		if twoByte {
			t.wlen = uint8(min(len(w)/2, 255))
		} else {
			t.wlen = uint8(min(utf8.RuneCount(w), 255))
		}
		t.flags |= cueFlags(e2.roles)
		sc.push(t)
		return
	}
	var flags uint8
	if futureVerb(w) {
		flags = fFuture
	}
	sc.gap(s, e, flags)
}

// cueFlags returns the token flags of a word's tense cues.
func cueFlags(r role) uint8 {
	var f uint8
	if r&rFuture != 0 {
		f |= fFuture
	}
	if r&rPast != 0 {
		f |= fPast
	}
	if r&rPostpone != 0 {
		f |= fPostpone
	}
	if r&rDayAhead != 0 {
		f |= fDayAhead
	}
	return f
}

// futureVerb reports whether the folded word w, after a conjunction و or
// ف, is an imperfect verb with the future prefix س by its shape
// (normalize.IsFutureVerb: سيزور، وستعقد، فسنعمل).
func futureVerb[S string | []byte](w S) bool {
	if len(w) >= 2 && w[0] == 0xD9 && (w[1] == 0x88 || w[1] == 0x81) {
		w = w[2:]
	}
	return normalize.IsFutureVerb(w)
}

// gap adds the unknown word at [s, e) of the text.
func (sc *scanner) gap(s, e int, flags uint8) {
	// Most words are unknown: extend the gap before them in place.
	if n := len(sc.toks); n > 0 && !sc.nl && !sc.stop && sc.toks[n-1].kind == tGap {
		g := &sc.toks[n-1]
		g.end = e
		g.flags |= flags
		if g.words < 0xFFFF {
			g.words++
		}
		return
	}
	sc.push(token{start: s, end: e, cut: s, kind: tGap, flags: flags})
}

// skipLetters returns the offset after n letters (and the marks that
// follow them) of the word at [s, e) of the scanned text.
func (sc *scanner) skipLetters(s, e, n int) int {
	i := s
	for i < e && n > 0 {
		_, cls, size := sc.next(sc.text, i)
		if cls != clsDrop {
			n--
		}
		i += size
	}
	for i < e {
		_, cls, size := sc.next(sc.text, i)
		if cls != clsDrop {
			break
		}
		i += size
	}
	return i
}

// number classifies the folded number in sc.key spanning [s, e).
func (sc *scanner) number(s, e int) {
	t := token{start: s, end: e, kind: tNum, np: 1}
	part := 0
	for _, c := range sc.key {
		switch {
		case '0' <= c && c <= '9':
			if t.nd[part] < 9 {
				t.v[part] = t.v[part]*10 + int32(c-'0')
			}
			if t.nd[part] < 255 {
				t.nd[part]++
			}
		case c == '.' || c == ',':
			if part == 2 || (t.sep != 0 && t.sep != c) {
				t.flags |= fBadNum
				continue
			}
			t.sep = c
			part++
			t.np++
		default:
			t.flags |= fBadNum
		}
	}
	sc.push(t)
}

// scanSource tokenizes src directly, folding on the fly; it agrees with
// normalize's Analyze followed by the same classification on ordinary
// text, without building the normalized text.
func (sc *scanner) scanSource(src string) {
	ft := sc.ft
	i := 0
	n := len(src)
	for i < n {
		c := src[i]
		var r rune
		var cls uint8
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
			cls = asciiClass[c]
		} else {
			r, size = utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size == 1 {
				cls = clsSymbol
			} else {
				r, cls = ft.fold(r)
			}
		}
		switch cls {
		case clsDrop, clsSpace:
			i += size
		case clsNewline:
			sc.nl = true
			i += size
		case clsArabic, clsExpand:
			i = sc.scanArabic(src, i)
		case clsDigit:
			i = sc.scanNumber(src, i)
		case clsLatin:
			i = sc.scanLatin(src, i)
		case clsPunct:
			if (r == '#' || r == '@') && i+size < n {
				if j := sc.scanTag(src, i+size, r == '@'); j > i+size {
					sc.push(token{start: i, end: j, kind: tGap, flags: fLatin})
					i = j
					break
				}
			}
			j := i + size
			for r != '#' && r != '@' {
				// a run of the same mark, over dropped characters (/ـ/)
				k := sc.skipDrops(src, j)
				if k+size > n || src[k:k+size] != src[i:i+size] {
					break
				}
				j = k + size
			}
			// A mark's span runs to the next kept character, over any
			// marks or controls that normalization drops.
			j = sc.skipDrops(src, j)
			sc.push(token{start: i, end: j, kind: tPunct, p: r})
			i = j
		default:
			j := sc.skipDrops(src, i+size)
			sc.push(token{start: i, end: j, kind: tGap, flags: fLatin})
			i = j
		}
	}
	sc.flush(true)
}

var asciiClass = func() (t [128]uint8) {
	for c := range t {
		t[c] = classify(rune(c))
	}
	return
}()

// skipDrops returns the offset of the first character at or after i that
// normalization keeps.
func (sc *scanner) skipDrops(src string, i int) int {
	for i < len(src) {
		_, cls, size := sc.next(src, i)
		if cls != clsDrop {
			break
		}
		i += size
	}
	return i
}

// next decodes the folded rune at i: its class, folded value and size.
func (sc *scanner) next(src string, i int) (rune, uint8, int) {
	c := src[i]
	if c < utf8.RuneSelf {
		return rune(c), asciiClass[c], 1
	}
	r, size := utf8.DecodeRuneInString(src[i:])
	if r == utf8.RuneError && size == 1 {
		return r, clsSymbol, 1
	}
	f, cls := sc.ft.fold(r)
	return f, cls, size
}

// scanArabic reads an Arabic word starting at i, folding it into sc.key,
// and returns where the next kept character starts.
func (sc *scanner) scanArabic(src string, i int) int {
	sc.key = sc.key[:0]
	start := i
	ft := sc.ft
	// The hash of the key is computed as it is built (see hashBytes); a
	// slow-path character makes word hash the key again.
	h := uint64(hashSeed)
	sc.hashed = true
	for i < len(src) {
		// Fast path: a two-byte character of the Arabic block.
		if c := src[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			idx := int(c&0x03)<<6 | int(src[i+1]&0x3F)
			switch ft.cls[idx] {
			case clsArabic:
				b0, b1 := ft.enc[idx][0], ft.enc[idx][1]
				sc.key = append(sc.key, b0, b1)
				h = hashPair(h, b0, b1)
				sc.h = h
				i += 2
				continue
			case clsDrop:
				i += 2
				continue
			}
			sc.word(start, i)
			return i
		}
		r, cls, size := sc.next(src, i)
		switch cls {
		case clsArabic:
			sc.key = utf8.AppendRune(sc.key, r)
			sc.hashed = false
		case clsDrop:
		case clsExpand:
			sc.hashed = false
			out := sc.ft.norm.String(src[i : i+size])
			ok := out != ""
			for _, x := range out {
				if !normalize.IsArabicLetter(x) {
					ok = false
				}
			}
			if !ok {
				if strings.TrimSpace(out) == "" {
					// A presentation form of a mark alone (ﹲ is space +
					// dammatan): normalization leaves a space at most.
					if i == start {
						return sc.skipDrops(src, i+size)
					}
					sc.word(start, i)
					return i
				}
				if i == start {
					// A ligature of several words, such as ﷺ (Arabic words
					// the matcher does not know), or a sign normalization
					// keeps as it is (a symbol).
					j := sc.skipDrops(src, i+size)
					t := token{start: i, end: j, kind: tGap}
					if out == src[i:i+size] {
						t.flags = fLatin
					}
					sc.push(t)
					return j
				}
				sc.word(start, i)
				return i
			}
			sc.key = append(sc.key, out...)
		default:
			sc.word(start, i)
			return i
		}
		i += size
	}
	sc.word(start, i)
	return i
}

// scanNumber reads digits of any script with inner separators (each
// followed by a digit).
func (sc *scanner) scanNumber(src string, i int) int {
	sc.key = sc.key[:0]
	start := i
	bad := false
	for i < len(src) {
		r, cls, size := sc.next(src, i)
		if cls == clsDrop {
			i += size
			continue
		}
		if cls == clsDigit {
			if r > '9' {
				bad = true
				r = '0'
			}
			sc.key = append(sc.key, byte(r))
			i += size
			continue
		}
		if r == '.' || r == ',' || r == 0x066B || r == 0x066C {
			// A separator counts only when a digit follows.
			j := i + size
			for j < len(src) {
				_, c2, s2 := sc.next(src, j)
				if c2 != clsDrop {
					break
				}
				j += s2
			}
			if j < len(src) {
				if _, c2, _ := sc.next(src, j); c2 == clsDigit {
					sep := byte(r)
					if r == 0x066B {
						sep = '.'
					} else if r == 0x066C {
						sep = ','
					}
					sc.key = append(sc.key, sep)
					i = j
					continue
				}
			}
		}
		break
	}
	end := i
	sc.number(start, end)
	if bad {
		sc.toks[len(sc.toks)-1].flags |= fBadNum
	}
	return end
}

// scanLatin reads a word of another script (or a URL or e-mail address)
// and pushes it as a gap.
func (sc *scanner) scanLatin(src string, i int) int {
	if j := sc.scanURL(src, i); j > i {
		sc.push(token{start: i, end: j, kind: tGap, flags: fLatin})
		return j
	}
	if j := sc.scanEmail(src, i); j > i {
		sc.push(token{start: i, end: j, kind: tGap, flags: fLatin})
		return j
	}
	start := i
	for i < len(src) {
		r, cls, size := sc.next(src, i)
		if cls == clsLatin || cls == clsDrop || (r < utf8.RuneSelf && ('0' <= r && r <= '9' || r == '_')) {
			i += size
			continue
		}
		break
	}
	sc.push(token{start: start, end: i, kind: tGap, flags: fLatin})
	return i
}

// scanTag returns the end of the name of a hashtag or mention starting at
// i (after # or @), or i. A mention's name is ASCII (after folding).
func (sc *scanner) scanTag(s string, i int, mention bool) int {
	j := i
	ascii := true
	for j < len(s) {
		r, cls, size := sc.next(s, j)
		if cls == clsArabic || cls == clsLatin || cls == clsDigit || cls == clsDrop || r == '_' || cls == clsExpand {
			if r >= utf8.RuneSelf && cls != clsDrop {
				ascii = false
			}
			j += size
			continue
		}
		break
	}
	if mention && !ascii {
		return i
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// scanURL returns the end of a URL starting at i, or i (as normalize's
// tokenizer reads it on the folded text).
func (sc *scanner) scanURL(s string, i int) int {
	rest := s[i:]
	if !hasPrefixFold(rest, "http://") && !hasPrefixFold(rest, "https://") && !hasPrefixFold(rest, "www.") {
		return i
	}
	j := i
	for j < len(s) {
		r, cls, sz := sc.next(s, j)
		if cls == clsSpace || cls == clsNewline || r == '"' || r == '<' || r == '>' {
			break
		}
		j += sz
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(s[i:j])
		if !strings.ContainsRune(".,;:!?)]}'،؛؟٫٬", r) {
			break
		}
		j -= sz
	}
	return j
}

// scanEmail returns the end of an e-mail address starting at i, or i, as
// normalize's tokenizer reads it on the folded text (characters that
// normalization drops are transparent).
func (sc *scanner) scanEmail(s string, i int) int {
	isLocal := func(c rune) bool {
		return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
	}
	// next kept rune at j, and where it ends
	kept := func(j int) (rune, int) {
		for j < len(s) {
			r, cls, size := sc.next(s, j)
			if cls != clsDrop {
				return r, j + size
			}
			j += size
		}
		return -1, j
	}
	j := i
	for {
		r, e := kept(j)
		if r < 0 || !isLocal(r) {
			break
		}
		j = e
	}
	if r, _ := kept(j); j == i || r != '@' {
		return i
	}
	_, k := kept(j)
	start := k
	dotEnd := -1 // end of the last dot
	for {
		r, e := kept(k)
		if r < 0 {
			break
		}
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') || r == '-' {
			k = e
			continue
		}
		if r == '.' {
			if r2, _ := kept(e); r2 >= 0 && isLocal(r2) && r2 != '.' {
				dotEnd = e
				k = e
				continue
			}
		}
		break
	}
	if dotEnd < 0 || k == start {
		return i
	}
	// at least two characters after the last dot
	n := 0
	for p := dotEnd; p < k; {
		r, e := kept(p)
		if r < 0 {
			break
		}
		n++
		p = e
	}
	if n < 2 {
		return i
	}
	return k
}

// scanText classifies the tokens of an analyzed text. When folded is
// set, t.Norm is Search-folded (see AppendText): each word is its own key.
func (sc *scanner) scanText(t *normalize.Text, folded bool) {
	s := t.Norm
	prevEnd := 0
	for _, tok := range t.Tokens {
		if tok.Start < prevEnd || tok.End > len(s) || tok.Start > tok.End {
			continue // a malformed refined token list: skip what we cannot read
		}
		// Words are most often one space apart, marks none.
		if gap := s[prevEnd:tok.Start]; len(gap) > 0 && gap != " " && breaksLine(gap) {
			sc.nl = true
		}
		prevEnd = tok.End
		w := s[tok.Start:tok.End]
		switch {
		case tok.Kind != normalize.ArabicWord:
			sc.other(tok, w)
		case folded:
			sc.foldedWord(w, tok.Start, tok.End)
		default:
			sc.textWord(w, tok.Start, tok.End)
		}
	}
	sc.flush(true)
}

// textWord classifies the Arabic word w at [s, e) of an analyzed text
// whose words may not be folded yet: it builds the word's key, folding
// what needs it. The key's hash is computed as it is built, as
// scanArabic does; a slow-path character makes word hash it again.
func (sc *scanner) textWord(w string, s, e int) {
	// Most words of a Search-folded text are folded already: their
	// letters are hashed as they are and copied at once.
	ft := sc.ft
	k := 0
	for k+1 < len(w) {
		i := uint(w[k]) - 0xD8
		if i >= 4 || !ft.same[i<<8|uint(w[k+1])] {
			break
		}
		k += 2
	}
	if k == len(w) && !sc.lx.mayHave(w) && !futureVerb(w) {
		// No form of the lexicon: what word does with an unknown word
		// (it has not the prefix of a future verb).
		sc.hashed = false
		sc.gap(s, e, 0)
		return
	}
	h := uint64(hashSeed)
	for j := 0; j < k; j += 2 {
		h = hashPair(h, w[j], w[j+1])
	}
	key := append(sc.key[:0], w[:k]...)
	hashed := true
	for k < len(w) {
		if c := w[k]; c >= 0xD8 && c <= 0xDB && k+1 < len(w) && w[k+1]&0xC0 == 0x80 {
			idx := int(c&0x03)<<6 | int(w[k+1]&0x3F)
			if ft.cls[idx] == clsArabic {
				b0, b1 := ft.enc[idx][0], ft.enc[idx][1]
				key = append(key, b0, b1)
				h = hashPair(h, b0, b1)
			}
			k += 2
			continue
		}
		r, cls, size := sc.next(w, k)
		switch cls {
		case clsArabic:
			key = utf8.AppendRune(key, r)
			hashed = false
		case clsExpand:
			key = append(key, sc.ft.norm.String(w[k:k+size])...)
			hashed = false
		}
		k += size
	}
	sc.key, sc.h, sc.hashed = key, h, hashed
	sc.word(s, e)
}

// foldedWord classifies the word w at [s, e) of a Search-folded text:
// what textWord does when every letter of w folds to
// itself (TestAppendTextFolded), without testing that letter by letter.
func (sc *scanner) foldedWord(w string, s, e int) {
	if !sc.lx.mayHave(w) && !futureVerb(w) {
		sc.hashed = false
		sc.gap(s, e, 0)
		return
	}
	// Hash the key two bytes at a time, as scanArabic does; a letter that
	// is not two bytes long (or an odd length) makes word hash it again
	// and count its letters.
	h := uint64(hashSeed)
	two := len(w)%2 == 0
	for j := 0; j+1 < len(w); j += 2 {
		two = two && w[j]&0xE0 == 0xC0
		h = hashPair(h, w[j], w[j+1])
	}
	sc.key = append(sc.key[:0], w...)
	sc.h, sc.hashed = h, two
	sc.word(s, e)
}

// breaksLine reports whether the space between two tokens holds a line
// or paragraph break (LF, a lone CR, U+2028, U+2029): a date never runs
// across one.
func breaksLine(gap string) bool {
	return strings.IndexByte(gap, '\n') >= 0 || strings.IndexByte(gap, '\r') >= 0 || strings.Contains(gap, "\u2028") || strings.Contains(gap, "\u2029")
}

// other classifies a token of an analyzed text that is not an Arabic
// word: a number, a mark, or a gap.
func (sc *scanner) other(tok normalize.Token, w string) {
	switch tok.Kind {
	case normalize.Number:
		sc.key = sc.key[:0]
		bad := false
		for k := 0; k < len(w); {
			r, cls, size := sc.next(w, k)
			switch {
			case cls == clsDigit && r <= '9':
				sc.key = append(sc.key, byte(r))
			case cls == clsDigit:
				bad = true
				sc.key = append(sc.key, '0')
			case r == '.' || r == 0x066B:
				sc.key = append(sc.key, '.')
			case r == ',' || r == 0x066C:
				sc.key = append(sc.key, ',')
			case cls == clsDrop:
			default:
				bad = true
			}
			k += size
		}
		sc.number(tok.Start, tok.End)
		if bad {
			sc.toks[len(sc.toks)-1].flags |= fBadNum
		}
	case normalize.Punct:
		r, _, _ := sc.next(w, 0)
		sc.push(token{start: tok.Start, end: tok.End, kind: tPunct, p: r})
	default:
		sc.push(token{start: tok.Start, end: tok.End, kind: tGap, flags: fLatin})
	}
}
