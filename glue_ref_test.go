package naba

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/wordfreq"
)

// glueCutsRef and hardCutOKRef are glueCuts and hardCutOK as first
// written, reading the rest of the token at each cue (quadratic in a
// long token), kept to check that the linear version cuts alike.
func glueCutsRef(tx *normalize.Text, tok normalize.Token, mode glueMode, memo *glueMemo, cuts []int, cues []string) ([]int, []string) {
	// Pass 1: hard cues, read from the source since Search folds ة and ى:
	// only a Norm ه, ي or ا can come from ة, ى or إ, and only those are
	// looked up in the source.
	start := tok.Start
	norm := tx.Norm
	for p := tok.Start; p+1 < tok.End; {
		c0, c1 := norm[p], norm[p+1]
		size := 1
		switch {
		case c0 >= 0xF0:
			size = 4
		case c0 >= 0xE0:
			size = 3
		case c0 >= 0xC0:
			size = 2
		}
		next := p + size
		if next >= tok.End || size != 2 {
			p = next
			continue
		}
		cue := ""
		switch {
		case c0 == 0xD9 && (c1 == 0x87 || c1 == 0x8A): // ه ي
			src, _ := utf8.DecodeRuneInString(tx.Source[tx.SourceOffset(p):])
			if isTehMarbuta(src) {
				cue = CueTehMarbuta
			} else if isAlefMaksura(src) {
				cue = CueAlefMaksura
			}
		}
		if cue == "" && norm[next] == 0xD8 && next+1 < len(norm) && norm[next+1] == 0xA7 { // ا next
			nextSrc, _ := utf8.DecodeRuneInString(tx.Source[tx.SourceOffset(next):])
			if nextSrc == 'إ' {
				if c0 == 0xD8 && c1 == 0xA1 { // ء
					cue = CueHamzaAlef
				} else if !alefPrefixes[norm[start:next]] {
					// إ only begins a word, after at most clitics and the
					// article (وإحداث, بالإضافة, للإعلام).
					cue = CueAlefInitial
				}
			}
		}
		if cue != "" && tx.SourceOffset(next) > tx.SourceOffset(start) && hardCutOKRef(norm[start:next], norm[next:tok.End], cue) {
			// The part before a hard cut may itself be glued.
			cuts, cues = freqCuts(tx, start, next, mode, memo, cuts, cues)
			cuts = append(cuts, next)
			cues = append(cues, cue)
			start = next
		}
		p = next
	}
	return freqCuts(tx, start, tok.End, mode, memo, cuts, cues)
}

func hardCutOKRef(left, right, cue string) bool {
	if utf8.RuneCountInString(right) < 2 || !isLetters(right) {
		return false
	}
	if glueFunctionWords[left] && glueFunctionWords[right] {
		return true // علىأن, حتىلا
	}
	if glueSuffixes[right] {
		return false
	}
	switch cue {
	case CueAlefMaksura:
		// ى also stands for ي inside misspelled words (داىما): a short
		// function word after it needs a function word before it.
		if utf8.RuneCountInString(right) == 2 && !glueFunctionWords[left] {
			return false
		}
		return wordfreq.Known(left) && (glueFunctionWords[right] || knownPart(right, glueLoose) || knownWithClitics(right))
	case CueTehMarbuta:
		return utf8.RuneCountInString(left) >= 2
	}
	return true
}

// TestGlueCutsAsReference compares glueCuts with glueCutsRef, in both
// modes, on the tokens of the team's articles and of news articles, and
// on random run-together tokens of words that end or begin with a hard
// cue (ة ى ء إ), function words, suffixes and letters outside the folded
// range, up to hundreds of letters long.
func TestGlueCutsAsReference(t *testing.T) {
	texts := articleTexts(t, 0, filepath.Join("corpus", "news"))
	pieces := []string{"للسويداء", "إحداث", "عمان", "تعيين", "مدينة", "على", "أن", "حتى", "لا", "داىما", "ه", "ها",
		"ى", "ة", "ء", "إ", "ال", "و", "بالإضافة", "مجموعة", "من", "الرئيس", "پ", "ٱ", "ك", "إلى", "سوريا", "ىه", "ڠ", "ٹ"}
	r := rand.New(rand.NewPCG(6, 6))
	for range 3000 {
		var b strings.Builder
		for n := 1 + r.IntN(40); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	n := normalize.MustNew(normalize.Search)
	for _, s := range texts {
		tx := n.Analyze(s)
		for _, tok := range tx.Tokens {
			if tok.Kind != normalize.ArabicWord || tok.End-tok.Start < 4 {
				continue
			}
			for _, mode := range []glueMode{glueStrict, glueLoose} {
				got, gotCues := glueCuts(tx, tok, mode, nil, nil, nil)
				want, wantCues := glueCutsRef(tx, tok, mode, nil, nil, nil)
				require.Equal(t, want, got, tx.Norm[tok.Start:tok.End])
				require.Equal(t, wantCues, gotCues, tx.Norm[tok.Start:tok.End])
			}
		}
	}
}

// BenchmarkGlueLongToken repairs one run-together token of 100,000
// letters (a page whose spaces were lost): the time per byte stays that
// of a short token.
func BenchmarkGlueLongToken(b *testing.B) {
	tx := normalize.MustNew(normalize.Search).Analyze(strings.Repeat("للسويداءإحداث", 100000/13))
	b.SetBytes(int64(len(tx.Source)))
	b.ReportAllocs()
	for b.Loop() {
		repairGlue(tx, 0, len(tx.Tokens), glueStrict, nil)
	}
}
