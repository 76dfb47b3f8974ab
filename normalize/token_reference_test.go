package normalize

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceTokens is the tokenizer written rune by rune, for clarity
// rather than speed: the fast paths of AppendTokens (two-byte Arabic
// letters, eight bytes at a time, ASCII by table) are checked against it.
// It shares only the scanners of addresses (scanURL, scanEmail) and the
// character predicates.
func referenceTokens(s string) []Token {
	var dst []Token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, Token{i, i + 1, Symbol})
			i++
		case isSpaceOrControl(r):
			i += size
		case isArabicLetter(r):
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isArabicLetter(r2) {
					break
				}
				j += sz
			}
			dst = append(dst, Token{i, j, ArabicWord})
			i = j
		case isDigit(r):
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isDigit(r2) {
					j += sz
					continue
				}
				if isNumberSep(r2) && j+sz < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+sz:]); isDigit(r3) {
						j += sz
						continue
					}
				}
				break
			}
			dst = append(dst, Token{i, j, Number})
			i = j
		case isLatinLetter(r):
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
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isLatinLetter(r2) && !(r2 < utf8.RuneSelf && '0' <= r2 && r2 <= '9') && r2 != '_' {
					break
				}
				j += sz
			}
			dst = append(dst, Token{i, j, LatinWord})
			i = j
		case r == '#' || r == '@':
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
		case unicode.IsPunct(r):
			j := i + size
			for j < len(s) && strings.HasPrefix(s[j:], s[i:i+size]) {
				j += size
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

func TestTokenizeMatchesReference(t *testing.T) {
	texts := randomText(5, 500, 600)
	for _, f := range newsFilesIfAny(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b := string(data)
		texts = append(texts, b, diacritize(b), MustNew(Search).String(b))
	}
	for _, s := range texts {
		if got, want := Tokenize(s), referenceTokens(s); !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q) = %v, the reference gives %v", s, got, want)
		}
	}
}
