package normalize

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// checkCursor compares every lookup of a SpanCursor over tx with the
// Text's own: at every offset in ascending order, on spans in ascending
// order, token by token, and in a random order with jumps back and
// forward.
func checkCursor(t testing.TB, tx *Text) {
	t.Helper()
	fail := func(what string, args ...any) {
		t.Helper()
		t.Fatalf("SpanCursor."+what+" (source %q)", append(args, tx.Source)...)
	}
	c := tx.Cursor()
	for i := -1; i <= len(tx.Source)+1; i++ {
		if got, want := c.NormOffset(i), tx.NormOffset(i); got != want {
			fail("NormOffset(%d) ascending = %d, want %d", i, got, want)
		}
	}
	for _, n := range []int{0, 1, 2, 3, 5, 40, -1} {
		c := tx.Cursor()
		for i := 0; i <= len(tx.Source); i++ {
			gs, ge := c.NormSpan(i, i+n)
			ws, we := tx.NormSpan(i, i+n)
			if gs != ws || ge != we {
				fail("NormSpan(%d, %d) ascending = %d, %d, want %d, %d", i, i+n, gs, ge, ws, we)
			}
		}
		c = tx.Cursor()
		for i := 0; i <= len(tx.Norm); i++ {
			gs, ge := c.SourceSpan(i, i+n)
			ws, we := tx.SourceSpan(i, i+n)
			if gs != ws || ge != we {
				fail("SourceSpan(%d, %d) ascending = %d, %d, want %d, %d", i, i+n, gs, ge, ws, we)
			}
		}
	}
	c = tx.Cursor()
	for k, tok := range tx.Tokens {
		gs, ge := c.TokenSource(k)
		ws, we := tx.TokenSource(k)
		if gs != ws || ge != we {
			fail("TokenSource(%d) = %d, %d, want %d, %d", k, gs, ge, ws, we)
		}
		if o := tx.SourceOffset(tok.Start); o != ws {
			t.Fatalf("Text.TokenSource(%d) starts at %d, SourceOffset of its start is %d (source %q)", k, ws, o, tx.Source)
		}
	}
	// Random offsets: mostly small steps forward, some jumps back and
	// far ahead.
	r := rand.New(rand.NewPCG(uint64(len(tx.Source)), 7))
	c = tx.Cursor()
	i, j := 0, 0
	for range 2*len(tx.Source) + 20 {
		step := func(p, n int) int {
			switch r.IntN(8) {
			case 0:
				return r.IntN(n + 2)
			case 1:
				return max(0, p-r.IntN(40))
			default:
				return p + r.IntN(12)
			}
		}
		i, j = step(i, len(tx.Source)), step(j, len(tx.Norm))
		n := r.IntN(30) - 2
		if got, want := c.NormOffset(i), tx.NormOffset(i); got != want {
			fail("NormOffset(%d) = %d, want %d", i, got, want)
		}
		gs, ge := c.NormSpan(i, i+n)
		ws, we := tx.NormSpan(i, i+n)
		if gs != ws || ge != we {
			fail("NormSpan(%d, %d) = %d, %d, want %d, %d", i, i+n, gs, ge, ws, we)
		}
		gs, ge = c.SourceSpan(j, j+n)
		ws, we = tx.SourceSpan(j, j+n)
		if gs != ws || ge != we {
			fail("SourceSpan(%d, %d) = %d, %d, want %d, %d", j, j+n, gs, ge, ws, we)
		}
		if len(tx.Tokens) > 0 {
			k := r.IntN(len(tx.Tokens))
			gs, ge = c.TokenSource(k)
			ws, we = tx.TokenSource(k)
			if gs != ws || ge != we {
				fail("TokenSource(%d) = %d, %d, want %d, %d", k, gs, ge, ws, we)
			}
		}
	}
}

// cursorPieces are the pieces editedText builds from: every kind of
// normalization edit (diacritics, tatweel, digits, ligatures and
// presentation forms, invisible controls, hamza forms), plain letters,
// spaces and bytes that are no UTF-8.
var cursorPieces = []string{
	"ا", "ب", "ت", "م", "ي", "ة", "ى", "أ", "إ", "آ", "ؤ", "ئ", "ال",
	"\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0670", "\u0654",
	"\u0640", "\u0640\u0640",
	"٠", "١", "٢", "٩", "۴", "٫", "،", "؟",
	"ﷺ", "ﷲ", "﷼", "ﻻ", "\ufe76", "\ufc60", "\ufe8d",
	"\u200b", "\u200c", "\u200f", "\ufeff", "\u00a0",
	" ", " ", "\n", ".", "«", "»", "a", "Z", "7",
	"\xff", "\xe2\x80",
}

func editedText(r *rand.Rand) string {
	var sb strings.Builder
	for range r.IntN(120) {
		sb.WriteString(cursorPieces[r.IntN(len(cursorPieces))])
	}
	return sb.String()
}

func TestSpanCursor(t *testing.T) {
	texts := append([]string{"", "plain ascii only", "ﷺ ﻻ ﷲ", "أ\u064eحمد\u0640\u0640 إلى ٢٠١٧"}, fuzzSeeds...)
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		texts = append(texts, editedText(r))
	}
	for _, o := range optionSets {
		n := MustNew(o)
		for _, s := range texts {
			checkCursor(t, n.Analyze(s))
			checkCursor(t, n.Analyze(diacritize(s)))
		}
	}
}

func TestSpanCursorOnNews(t *testing.T) {
	n := MustNew(Search)
	for _, f := range newsFilesIfAny(t) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		checkCursor(t, n.Analyze(string(b)))
		checkCursor(t, n.Analyze(diacritize(string(b))))
	}
}
