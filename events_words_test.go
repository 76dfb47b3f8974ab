package naba

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/normalize"
)

// TestEndsClause checks endsClause against strings.ContainsAny over
// punctuation built from pieces that share bytes with … (E2 80 A6).
func TestEndsClause(t *testing.T) {
	pieces := []string{".", ":", ";", "!", "?", "…", "،", "؟", "\"", "«", "—", "\xe2", "\x80", "\xa6", "\xe2\x80", "\xf0", "-", "(", "x"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		p := b.String()
		require.Equal(t, strings.ContainsAny(p, ".:;!?…"), endsClause(p), "%q", p)
	}
}

// TestClauseWord: the three kinds window reads in one switch are the
// words of isComplementizer, opensClause and the relative pronouns it
// stops at.
func TestClauseWord(t *testing.T) {
	for _, w := range []string{"ان", "بان", "وان", "انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "لان"} {
		assert.True(t, isComplementizer(w), w)
		assert.False(t, opensClause(w), w)
	}
	for _, w := range []string{"حيث", "بعد", "قبل", "عندما", "حين", "اثر", "لكن", "بينما", "فيما", "ثم", "كي", "لكي", "بسبب", "جراء", "كما"} {
		assert.True(t, opensClause(w), w)
		assert.False(t, isComplementizer(w), w)
	}
	for _, w := range []string{"الذي", "التي", "الذين"} {
		assert.Equal(t, uint8(whichWord), clauseWord(w), w)
	}
	for _, w := range []string{"", "اللذين", "وحيث", "قال", "انهماك"} {
		assert.Zero(t, clauseWord(w), w)
	}
}

// TestIsDualPerson: the nominative duals of persons, as news writes them
// (with hamza, ة, the ي of a nisba), are a count of two once folded as
// the pipeline folds the text; the accusative and genitive dual
// (مدنيين), which is also the plural's form, is none.
func TestIsDualPerson(t *testing.T) {
	fold := normalize.MustNew(normalize.Search)
	for _, w := range []string{"مدنيان", "جنديان", "شخصان", "طفلان", "طفلتان", "امرأتان", "فتاتان", "سيدتان", "طالبتان", "مجندتان",
		"شرطيان", "مسلحان", "عسكريان", "ضابطان", "مواطنان", "صحفيان", "عنصران", "مقاتلان", "شابان", "رجلان", "عاملان",
		"مستوطنان", "فلسطينيان", "إسرائيليان", "سائحان", "مسعفان", "حارسان", "مدرسان", "مزارعان", "راعيان", "صيادان", "معتقلان"} {
		assert.True(t, isDualPerson(fold.String(w)), w)
	}
	for _, w := range []string{"مدنيين", "إسرائيليين", "جنديين", "طفلين", "بيان", "لبنان", "إيران", "طالبان"} {
		assert.False(t, isDualPerson(fold.String(w)), w)
	}
}
