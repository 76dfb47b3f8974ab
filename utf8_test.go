package naba

import (
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
