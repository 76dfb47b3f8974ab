package naba

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestValidUTF8(t *testing.T) {
	for _, s := range []string{
		"", "abc", "مصر", "مصر 2024", "\uFFFD", "€", "𝄞", "\u200f",
		"\xff", "م\xd9", "\xd9", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf",
		"\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xd8\xd8", "a\x80b",
	} {
		assert.Equal(t, utf8.ValidString(s), validUTF8(s), "%q", s)
	}
}

// TestValidUTF8Pieces compares validUTF8 with utf8.ValidString on strings
// made of ASCII, two-, three- and four-byte sequences, and bytes that are
// not UTF-8 (lone continuation bytes, C0 and C1, cut sequences, F5–FF)
// at every alignment of the eight-byte words validUTF8 reads.
func TestValidUTF8Pieces(t *testing.T) {
	pieces := []string{
		"a", " ", "م", "ص", "ر", "\u00e9", "\u07ff", "\u0080", "€", "\u201c", "\ufeff", "𝄞", "\U0010ffff",
		"\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xd9", "\xe2\x80", "\xf0\x9d", "\xf5\x80\x80\x80", "\xff",
		"\xed\xa0\x80", "\xe0\x80\x80",
	}
	r := rand.New(rand.NewPCG(8, 8))
	for range 100000 {
		var b strings.Builder
		n := r.IntN(24)
		for k := range n {
			if r.IntN(8) == 0 || k == n-1 && r.IntN(2) == 0 {
				b.WriteString(pieces[r.IntN(len(pieces))]) // any piece
			} else {
				b.WriteString(pieces[r.IntN(4)]) // mostly ASCII and Arabic
			}
		}
		s := b.String()
		if got, want := validUTF8(s), utf8.ValidString(s); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"مصر", "\xd9", "\xc1\xbf", "\xed\xa0\x80", "a€𝄞"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validUTF8(s), utf8.ValidString(s); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", s, got, want)
		}
	})
}
