package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSearchPresetFolds(t *testing.T) {
	n := MustNew(Search)
	tests := []struct{ in, want string }{
		{"أحمد إسلام آمن", "احمد اسلام امن"},
		{"مُحَمَّد", "محمد"},
		{"مدرسة على", "مدرسه علي"},
		{"٢٠١٧", "2017"},
		{"ﻻ", "لا"},
		{"ﷲ", "الله"},
		{"a\u200cb", "a b"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, n.String(tt.in), tt.in)
	}
}

func TestDisplayKeepsHamza(t *testing.T) {
	n := MustNew(Display)
	assert.Equal(t, "أحمد", n.String("أحمد"))
	assert.Equal(t, "مُحَمَّد", n.String("مُحَمَّد"))
	assert.Equal(t, "كتاب", n.String("كتـــاب"))
}

func TestSourceSpanRoundTrip(t *testing.T) {
	n := MustNew(Search)
	src := "\u200fوسوريا مُحَمَّد ٢٠١٧"
	tx := n.Analyze(src)
	var got []string
	for i := range tx.Tokens {
		s, e := tx.TokenSource(i)
		got = append(got, src[s:e])
	}
	assert.Equal(t, []string{"وسوريا", "مُحَمَّد", "٢٠١٧"}, got)
}
