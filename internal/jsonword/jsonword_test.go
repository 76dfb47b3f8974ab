package jsonword

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// plain is the byte-at-a-time answer: how many bytes of s (eight) are
// ASCII bytes not in stop, or whole well-formed two-byte characters, from
// the start; 8, 7 (a lead byte at the end) or 0.
func plain(s string, stop func(byte) bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c < ' ' || stop(c) {
				return 0
			}
			i++
		case c >= 0xC2 && c < 0xE0 && i == len(s)-1:
			return len(s) - 1
		case c >= 0xC2 && c < 0xE0 && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			return 0
		}
	}
	return len(s)
}

func decoderStop(c byte) bool { return c == '"' || c == '\\' }
func encoderStop(c byte) bool { return c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' }

func check(t *testing.T, s string) {
	t.Helper()
	w := Load(s)
	require.Equal(t, plain(s, decoderStop), decoder(w), "decoder(%q)", s)
	require.Equal(t, plain(s, encoderStop), encoder(w), "encoder(%q)", s)
	n := 0
	for i := range 8 {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	require.Equal(t, n, Sum(NotContinuation(w)), "NotContinuation(%q)", s)
}

// TestWords compares the word tests with the byte-at-a-time answer on
// every byte in every lane of a few backgrounds, and on random words
// drawn from bytes that matter.
func TestWords(t *testing.T) {
	for _, bg := range []string{"abcdefgh", "مصرم", "a مص b", "\u00abxy\u00bb\u00ab"} {
		require.Len(t, bg, 8)
		for k := range 8 {
			for c := range 256 {
				b := []byte(bg)
				b[k] = byte(c)
				check(t, string(b))
			}
		}
	}
	alphabet := []byte{0, 0x1f, ' ', '!', '"', '&', '\'', '/', '<', '=', '>', '\\', 'a', 0x7f,
		0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xd9, 0xdf, 0xe0, 0xe2, 0xed, 0xf0, 0xf4, 0xff}
	seed := uint64(1)
	for range 200000 {
		var b [8]byte
		for i := range b {
			seed = seed*6364136223846793005 + 1442695040888963407
			b[i] = alphabet[int(seed>>33)%len(alphabet)]
		}
		check(t, string(b[:]))
	}
}

// checkPrefixes checks Encodable, Decodable and CodePoints on s: the
// prefix each returns holds only what the byte-at-a-time reading copies,
// ends at a character boundary, and is short of the whole string by less
// than a word when the whole string is plain; Encodable's is the longest.
func checkPrefixes(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		name string
		n    int
		stop func(byte) bool
	}{{"Encodable", Encodable(s), encoderStop}, {"Decodable", Decodable([]byte(s)), decoderStop}} {
		require.True(t, c.n >= 0 && c.n <= len(s), "%s(%q) = %d", c.name, s, c.n)
		require.Equal(t, c.n, plainPrefix(s[:c.n], c.stop), "%s(%q) = %d: not plain", c.name, s, c.n)
		if c.name == "Encodable" {
			require.Equal(t, plainPrefix(s, c.stop), c.n, "%s(%q): the longest plain prefix", c.name, s)
		}
		if plainPrefix(s, c.stop) == len(s) {
			require.Less(t, len(s)-c.n, 8, "%s(%q) = %d: plain", c.name, s, c.n)
		}
	}
	n := 0
	for i := range len(s) {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	require.Equal(t, n, CodePoints(s), "CodePoints(%q)", s)
}

// plainPrefix is the byte-at-a-time reading: the length of the longest
// prefix of s of ASCII bytes not in stop and well-formed two-byte
// characters.
func plainPrefix(s string, stop func(byte) bool) int {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf && c >= ' ' && !stop(c):
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			return i
		}
	}
	return i
}

// TestPrefixes checks the prefixes of random strings of every length up
// to 600 bytes made of pieces that matter, mostly plain ones.
func TestPrefixes(t *testing.T) {
	pieces := []string{"a", " ", "1", "م", "ب", "«", "\u00e9", "مصر", "ab", "م", "ب", "م",
		"\"", "\\", "<", ">", "&", "\x00", "\n", "\x7f", "€", "\u2028", "🇸", "\xd9", "\x80", "\xc0\xaf", "\xc1\xbf", "\xed\xa0\x80", "\xff"}
	seed := uint64(9)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for n := range 601 {
		for _, plainOnly := range []bool{true, false} {
			var sb strings.Builder
			for sb.Len() < n {
				k := len(pieces)
				if plainOnly || next(4) > 0 {
					k = 12
				}
				sb.WriteString(pieces[next(k)])
			}
			checkPrefixes(t, sb.String())
		}
	}
}

// FuzzWords: on any bytes the word tests agree with the byte-at-a-time
// reading.
func FuzzWords(f *testing.F) {
	f.Add("مصرم")
	f.Add("a\"<>&\\\x00\xff")
	f.Add("قال الرئيس في «دمشق» \xd9")
	f.Fuzz(func(t *testing.T, s string) {
		checkPrefixes(t, s)
		if len(s) >= 8 {
			check(t, s[:8])
		}
	})
}
