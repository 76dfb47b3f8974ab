package normalize

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	Invalid Kind = iota
	// ArabicWord is a run of Arabic letters, with any marks and tatweel.
	ArabicWord
	// LatinWord is a run of letters of any other script, with digits.
	LatinWord
	// Number is a run of digits of any script, with inner separators
	// (2,5  ٢٫٥  1.000.000).
	Number
	// Punct is a punctuation mark, or a run of the same mark ("...", "؟؟").
	Punct
	// Symbol is a currency, math or other symbol.
	Symbol
	// URL is a web address (http://, https://, www.).
	URL
	// Email is an e-mail address.
	Email
	// Hashtag is # followed by a word.
	Hashtag
	// Mention is @ followed by a user name.
	Mention
)

var kindNames = [...]string{"invalid", "arabic", "latin", "number", "punct", "symbol", "url", "email", "hashtag", "mention"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// IsWord reports whether the kind is a word of letters.
func (k Kind) IsWord() bool { return k == ArabicWord || k == LatinWord }

// A Token is a span [Start, End) of bytes of the text it was found in.
type Token struct {
	Start, End int
	Kind       Kind
}

// Tokenize splits s into tokens. Spaces and control characters separate
// tokens and are not tokens themselves.
func Tokenize(s string) []Token { return AppendTokens(nil, s) }

// IsArabicLetter reports whether r belongs inside an Arabic word as
// Tokenize sees it: Arabic letters, marks and tatweel, presentation
// forms, and the zero-width joiner. A later stage that scans text itself
// (package dates reads raw text in one pass) asks it, so that its words
// end where the tokenizer's do.
func IsArabicLetter(r rune) bool { return isArabicLetter(r) }

// isArabicLetter reports whether r belongs inside an Arabic word: Arabic
// letters, marks and tatweel, presentation forms, and the zero-width
// joiner.
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x0620 && r <= 0x065F, r == 0x066E || r == 0x066F:
		return true
	case r == 0x0670 || (r >= 0x0671 && r <= 0x06D3) || r == 0x06D5 || (r >= 0x06D6 && r <= 0x06ED && r != 0x06DE && r != 0x06E9):
		return true
	case r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FF:
		return true
	case r >= 0x0610 && r <= 0x061A:
		return true
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF:
		return true
	case r >= 0xFB50 && r <= 0xFDFB, r >= 0xFE70 && r <= 0xFEFC:
		return true
	case r == 0x200D:
		return true
	}
	return false
}

// arabicLetterPair says, for each rune of U+0600–U+06FF indexed by its two
// UTF-8 bytes as in Normalizer.cls, whether it belongs inside an Arabic
// word.
var arabicLetterPair = func() (t [256]bool) {
	for r := rune(0x600); r <= 0x6FF; r++ {
		t[arIndex(r)] = isArabicLetter(r)
	}
	return t
}()

// scanArabicWord returns the end of the Arabic word whose letters go on at
// s[j].
func scanArabicWord(s string, j int) int {
	// Eight bytes at a time while they are four letters of U+0620–U+065F,
	// the letters and marks of nearly every word; the first other
	// character is for scanArabicTail.
	for j+8 <= len(s) {
		if m := notCommonLetters4(load64(s, j)); m != 0 {
			j += bits.TrailingZeros64(m) >> 4 << 1
			break
		}
		j += 8
	}
	return scanArabicTail(s, j)
}

// scanArabicTail is scanArabicWord one character at a time.
func scanArabicTail(s string, j int) int {
	for j < len(s) {
		if j+1 < len(s) {
			v := uint16(s[j]) | uint16(s[j+1])<<8
			if v&pairMask == pairPat {
				if !arabicLetterPair[(v&3)<<6|(v>>8)&0x3F] {
					return j
				}
				j += 2
				continue
			}
		}
		if s[j] < utf8.RuneSelf {
			return j
		}
		r, sz := utf8.DecodeRuneInString(s[j:])
		if !isArabicLetter(r) {
			return j
		}
		j += sz
	}
	return j
}

// notCommonLetters4 tests whether the eight bytes v are four characters
// of U+0620–U+065F (D8 A0–BF or D9 80–9F), the four lanes of 16 bits at
// once: it returns the top bit of each lane that is not such a
// character.
func notCommonLetters4(v uint64) uint64 {
	const (
		lanes = 0x0001000100010001
		high  = 0x8000 * lanes
		low   = 0x7FFF * lanes
	)
	// Bit 5 of the second byte flipped where the first is odd (D9), the
	// lanes to accept are D8/D9 A0–BF: zero in x.
	x := (v^(v&lanes)<<13)&(0xE0FE*lanes) ^ 0xA0D8*lanes
	return ((x & low) + low | x) & high
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return (r >= 0x0660 && r <= 0x0669) || (r >= 0x06F0 && r <= 0x06F9) || unicode.IsDigit(r)
}

func isNumberSep(r rune) bool {
	return r == '.' || r == ',' || r == 0x066B || r == 0x066C
}

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return !isArabicLetter(r) && (unicode.IsLetter(r) || unicode.IsMark(r))
}

func isSpaceOrControl(r rune) bool {
	return isSpaceLike(r) || unicode.IsControl(r) || r == 0x200E || r == 0x200F || r == 0x061C || r == 0xFEFF ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x2060 || r == 0xAD
}

// The classes of runes in AppendTokens: what a token that starts with
// the rune is.
const (
	classSpace  = iota // space or control: no token
	classArabic        // Arabic letter
	classDigit         // digit of any script
	classLatin         // letter of another script
	classTag           // # or @
	classPunct         // punctuation
	classSymbol        // anything else, an invalid byte included
)

// runeClass is the class of r (of size bytes, RuneError of size 1 for an
// invalid byte); the predicates are tried in this order.
func runeClass(r rune, size int) uint8 {
	switch {
	case r == utf8.RuneError && size == 1:
		return classSymbol
	case isSpaceOrControl(r):
		return classSpace
	case isArabicLetter(r):
		return classArabic
	case isDigit(r):
		return classDigit
	case isLatinLetter(r):
		return classLatin
	case r == '#' || r == '@':
		return classTag
	case unicode.IsPunct(r):
		return classPunct
	}
	return classSymbol
}

// asciiClass is runeClass of each ASCII byte.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		t[c] = runeClass(rune(c), 1)
	}
	return t
}()

// twoByteClasses returns runeClass of each rune of U+0080–U+07FF (Latin-1
// punctuation, the Arabic block), indexed by its two UTF-8 bytes b0 b1 as
// (b0&0x1F)<<6 | b1&0x3F. It is computed on first use.
var twoByteClasses = sync.OnceValue(func() *[1 << 11]uint8 {
	t := new([1 << 11]uint8)
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = runeClass(r, 2)
	}
	return t
})

// AppendTokens appends the tokens of s to dst and returns the extended
// slice.
func AppendTokens(dst []Token, s string) []Token {
	if cap(dst)-len(dst) < len(s)/8 {
		dst = slices.Grow(dst, len(s)/8+1) // news averages a token per 9–10 bytes
	}
	var two *[1 << 11]uint8
	i := 0
	for i < len(s) {
		// The fast paths: an Arabic word of the letters U+0620–U+065F,
		// read eight bytes at a time, or of the U+0600–U+06FF block,
		// recognized two bytes at a time.
		c := s[i]
		if c&0xFE == 0xD8 && i+8 <= len(s) {
			if m := notCommonLetters4(load64(s, i)); m&0x8000 == 0 {
				j := i
				for m == 0 && j+16 <= len(s) {
					j += 8
					m = notCommonLetters4(load64(s, j))
				}
				if m == 0 {
					j += 8
				} else {
					j += bits.TrailingZeros64(m) >> 4 << 1
				}
				if j < len(s) && s[j] >= utf8.RuneSelf {
					j = scanArabicTail(s, j) // a rarer letter, or the end
				}
				dst = append(dst, Token{i, j, ArabicWord})
				if i = j; i < len(s) && s[i] == ' ' {
					i++
				}
				continue
			}
		}
		if i+1 < len(s) {
			if v := uint16(c) | uint16(s[i+1])<<8; v&pairMask == pairPat && arabicLetterPair[(v&3)<<6|(v>>8)&0x3F] {
				j := scanArabicWord(s, i+2)
				dst = append(dst, Token{i, j, ArabicWord})
				if i = j; i < len(s) && s[i] == ' ' {
					i++
				}
				continue
			}
		}
		// The class of the rune: ASCII and two-byte runes by table.
		var r rune
		var size int
		var class uint8
		switch {
		case c < utf8.RuneSelf:
			r, size, class = rune(c), 1, asciiClass[c]
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			if two == nil {
				two = twoByteClasses()
			}
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			class = two[r]
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
			class = runeClass(r, size)
		}
		switch class {
		case classSpace:
			i += size
		case classArabic:
			j := scanArabicWord(s, i+size)
			dst = append(dst, Token{i, j, ArabicWord})
			i = j
		case classDigit:
			j := scanNumber(s, i)
			dst = append(dst, Token{i, j, Number})
			i = j
		case classLatin:
			if j := scanURL(s, i); j > i {
				dst = append(dst, Token{i, j, URL})
				i = j
				break
			}
			if j := scanEmail(s, i); j > i {
				dst = append(dst, Token{i, j, Email})
				i = j
				break
			}
			j := i + size
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if k := asciiClass[c]; k != classLatin && k != classDigit && c != '_' {
						break
					}
					j++
					continue
				}
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isLatinLetter(r2) {
					break
				}
				j += sz
			}
			dst = append(dst, Token{i, j, LatinWord})
			i = j
		case classTag:
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isArabicLetter(r2) && !isLatinLetter(r2) && !isDigit(r2) && r2 != '_' {
					break
				}
				j += sz
			}
			if j > i+size && (r == '#' || isMentionName(s[i+1:j])) {
				k := Hashtag
				if r == '@' {
					k = Mention
				}
				dst = append(dst, Token{i, j, k})
				i = j
				break
			}
			dst = append(dst, Token{i, i + size, Punct})
			i += size
		case classPunct:
			j := i + size
			if size == 1 {
				for j < len(s) && s[j] == c {
					j++
				}
			} else {
				for j < len(s) && strings.HasPrefix(s[j:], s[i:i+size]) {
					j += size
				}
			}
			dst = append(dst, Token{i, j, Punct})
			i = j
		default:
			dst = append(dst, Token{i, i + size, Symbol})
			i += size
		}
	}
	return dst
}

func isMentionName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')) {
			return false
		}
	}
	return true
}

// scanNumber returns the end of the number starting at i: digits of any
// script with inner separators each followed by a digit.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; '0' <= c && c <= '9' {
			j++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[j:])
		if isDigit(r) {
			j += sz
			continue
		}
		if isNumberSep(r) && j+sz < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[j+sz:])
			if isDigit(r2) {
				j += sz
				continue
			}
		}
		break
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// scanURL returns the end of a URL starting at i, or i.
func scanURL(s string, i int) int {
	rest := s[i:]
	if !hasPrefixFold(rest, "http://") && !hasPrefixFold(rest, "https://") && !hasPrefixFold(rest, "www.") {
		return i
	}
	j := i
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if isSpaceOrControl(r) || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' || r == '“' || r == '”' {
			break
		}
		j += sz
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(s[i:j])
		if strings.ContainsRune(".,;:!?)]}'،؛؟", r) {
			j -= sz
			continue
		}
		break
	}
	return j
}

// scanEmail returns the end of an e-mail address starting at i, or i.
func scanEmail(s string, i int) int {
	isLocal := func(c byte) bool {
		return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
	}
	j := i
	for j < len(s) && isLocal(s[j]) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' {
		return i
	}
	k := j + 1
	dot := -1
	for k < len(s) {
		c := s[k]
		if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '-' {
			k++
			continue
		}
		if c == '.' && k+1 < len(s) && isLocal(s[k+1]) && s[k+1] != '.' {
			dot = k
			k++
			continue
		}
		break
	}
	if dot < 0 || k-dot < 3 {
		return i
	}
	return k
}
