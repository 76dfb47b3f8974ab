package dates

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/normalize"
)

// foldInEach is foldIn as it was first written, comparing the word with
// each form by foldEq: the oracle of TestFoldInSameAsFoldEq.
func (m *matcher) foldInEach(w string, forms []string) bool {
	for _, f := range forms {
		if m.foldEq(w, f) {
			return true
		}
	}
	for n := 0; n < 2 && len(w) > 2; n++ {
		r, size := utf8.DecodeRuneInString(w)
		if r != 'و' && r != 'ف' && r != 'ب' && r != 'ل' && r != 'ك' {
			break
		}
		w = w[size:]
		for _, f := range forms {
			if m.foldEq(w, f) {
				return true
			}
		}
	}
	return false
}

// TestFoldInSameAsFoldEq checks that foldIn, which compares a word that
// folds to itself with the forms as strings, decides as foldEq form by
// form does: on the forms themselves, with clitics, in other spellings
// (hamza, diacritics, tatweel), Search-folded or not, and on random
// strings of letters, marks and bytes that are not UTF-8.
func TestFoldInSameAsFoldEq(t *testing.T) {
	sc := getScanner(MustNew(Options{}), "", nil)
	defer putScanner(sc)
	m, lx := sc.m, theLexicon()
	lists := [][]string{lx.thatWords, lx.amountWords, lx.percentWords, lx.bcWords, lx.relativeWords, lx.dayNameHeads, lx.scoreWords}
	search := normalize.MustNew(normalize.Search)
	var words []string
	for _, list := range lists {
		for _, f := range list {
			words = append(words, f, "و"+f, "وب"+f, "ولل"+f, f+"ة", f[:len(f)/2])
		}
	}
	for _, n := range lx.nations {
		words = append(words, n.form, "ب"+n.form, n.form+"ه")
	}
	for _, w := range strings.Fields("أن إنه لأن بأنّ دولارٍ الدولارات بالمئة بالمائة المـئة ق الذى اللي ﻻ \u200f") {
		words = append(words, w, search.String(w))
	}
	pieces := []string{"ا", "أ", "ل", "ن", "ه", "ة", "ي", "ى", "و", "ب", "\u064b", "\u0640", "\xff", "\ufffd", "a", "ﻻ"}
	r := rand.New(rand.NewPCG(3, 3))
	for range 5000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		for _, forms := range lists {
			assert.Equal(t, m.foldInEach(w, forms), m.foldIn(w, forms), "%q in %q", w, forms)
		}
		if sc.ft.foldsToItself(w) {
			for _, n := range lx.nations {
				assert.Equal(t, m.foldEq(w, n.form), w == n.form, "%q %q", w, n.form)
			}
		}
	}
	// nationAt looks a word up by binary search.
	assert.True(t, slices.IsSortedFunc(lx.nations, func(a, b nationDay) int { return strings.Compare(a.form, b.form) }))
}
