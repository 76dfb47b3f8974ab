package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGenericShortName: a short name the list gives a body that is its
// full name less a country's nisba (الحكومة المؤقتة for the Syrian
// interim government) is that body only where the text names it in full;
// elsewhere it is a body of its own, with no alias of the listed one
// (the lead's probe: a Libyan interim government). The generic name is
// listed alone, as الدفاع المدني is, and groups with the body that
// inserts a nisba anywhere in it, not only last.
func TestGenericShortName(t *testing.T) {
	for _, tt := range []struct{ why, in, short, notAlias string }{
		{"an interim government of another country", "وأعلنت الحكومة المؤقتة في ليبيا أنها ستجري الانتخابات في موعدها.",
			"الحكومة المؤقتة", "الحكومة السورية المؤقتة"},
		{"after a preposition, in a Kabul story", "ونقلت الوكالة عن مسؤول في الحكومة المؤقتة بكابول أن الطرق أغلقت.",
			"الحكومة المؤقتة", "الحكومة السورية المؤقتة"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.short })
			if assert.GreaterOrEqual(t, e, 0, "%s: %v", tt.why, res.Entities) {
				assert.NotContains(t, res.Entities[e].Aliases, tt.notAlias, tt.why)
			}
		}
	}
	for _, tt := range []struct{ why, in, short, full string }{
		{"the Syrian body named in full, then short", "وقالت الحكومة السورية المؤقتة في بيان إن القوافل وصلت. وأضافت الحكومة المؤقتة أن الحاجات كبيرة.",
			"الحكومة المؤقتة", "الحكومة السورية المؤقتة"},
	} {
		assertShortOrg(t, tt.why, tt.in, tt.short, tt.full)
	}
}

// TestLessNisba: the short name is the long one less one nisba, at its
// end or inside it.
func TestLessNisba(t *testing.T) {
	for _, tt := range []struct {
		long, short string
		want        bool
	}{
		{"الحكومه السوريه المؤقته", "الحكومه المؤقته", true},
		{"الدفاع المدني السوري", "الدفاع المدني", true},
		{"مجلس الشعب السوري", "مجلس الشعب", true},
		{"الحكومه السوريه المؤقته", "الحكومه", false},                  // two words less
		{"الجيش السوري الحر", "الجيش الحر", true},                      // the nisba inside
		{"التحالف الدولي", "التحالف", false},                           // الدولي is no country's
		{"الهلال الاحمر العربي السوري", "الهلال الاحمر السوري", false}, // العربي is no country's
		{"الحكومه السوريه المؤقته", "الحكومه السوريه", false},          // the word left out is no nisba
	} {
		assert.Equal(t, tt.want, lessNisba(tt.long, tt.short), "%s / %s", tt.long, tt.short)
	}
}
