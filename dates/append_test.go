package dates

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// appendTexts are texts of every kind for AppendText's tests: the
// project's own articles and, when present, the news corpus.
func appendTexts(t *testing.T) []string {
	var texts []string
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	if shared.Root() != "" {
		for _, a := range shared.News(t) {
			texts = append(texts, a.Text)
		}
	}
	return append(texts, "٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م", "ﻻ ﷲ ٢٠١٧ في ٣ أيار وفي اليوم التالي", "\u200f٢٨\u200f حزيران")
}

// TestAppendTextFolded checks that AppendText finds in a Search-folded text
// what FindText finds, whether it is told the text is folded or not, and
// that the dates already in dst change nothing.
func TestAppendTextFolded(t *testing.T) {
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	n := normalize.MustNew(normalize.Search)
	var buf []Date
	for _, s := range appendTexts(t) {
		tx := n.Analyze(s)
		want := p.FindText(tx)
		require.Equal(t, want, p.AppendText(nil, tx, true))
		// A date before them would anchor في اليوم التالي if it counted.
		prev := p.Find("في ٣ أيار ٢٠١٥")
		require.Len(t, prev, 1)
		got := p.AppendText(prev, tx, true)
		require.Equal(t, prev[0], got[0])
		if len(want) == 0 {
			require.Len(t, got, 1)
		} else {
			require.Equal(t, want, got[1:])
		}
		buf = p.AppendText(buf[:0], tx, false)
		if len(want) == 0 {
			require.Empty(t, buf)
		} else {
			require.Equal(t, want, buf)
		}
	}
}

// TestFoldedWordsFoldToThemselves checks the promise AppendText's folded
// mode rests on: every Arabic word of a Search-normalized text is its own
// folded key, the key scanText builds letter by letter.
func TestFoldedWordsFoldToThemselves(t *testing.T) {
	n := normalize.MustNew(normalize.Search)
	sc := &scanner{ft: theFold()}
	for _, s := range appendTexts(t) {
		tx := n.Analyze(s)
		for _, tok := range tx.Tokens {
			if tok.Kind != normalize.ArabicWord {
				continue
			}
			w := tx.Norm[tok.Start:tok.End]
			require.Equal(t, w, string(sc.foldKey(w)), "word %q", w)
		}
	}
}

// foldKey folds the word w letter by letter, as scanText does.
func (sc *scanner) foldKey(w string) []byte {
	var key []byte
	for k := 0; k < len(w); {
		r, cls, size := sc.next(w, k)
		switch cls {
		case clsArabic:
			key = append(key, string(r)...)
		case clsExpand:
			key = append(key, sc.ft.norm.String(w[k:k+size])...)
		}
		k += size
	}
	return key
}
