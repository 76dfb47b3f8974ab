package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestForebearAliasNotFrequentWord: the forebear's name in the middle of
// a chain (X الحمود الصباح) names the person alone later only when it is
// a rare word; a frequent one (الأمين، النور، الكريم) is as often a title
// or a noun there (الأمين العام، عاد النور), no mention of him.
// Sentences written for this test.
func TestForebearAliasNotFrequentWord(t *testing.T) {
	for _, tt := range []struct{ why, in, name, word string }{
		{"a secretary general after a chain with الأمين", "وصرح النائب فارس الأمين الخالد بأن الجلسة تأجلت. ورحب الأمين العام للمنظمة بالقرار.",
			"فارس الأمين الخالد", "الأمين"},
		{"the light after a chain with النور", "وأوضح المهندس جاسم النور العبدالله أن الشبكة تعطلت. وعاد النور إلى الأحياء مساء.",
			"جاسم النور العبدالله", "النور"},
		{"the generous after a chain with الكريم", "وذكر الوزير خالد الكريم الصباح أن القضية طويلة. وافتتح الحفل بآيات من القرآن الكريم.",
			"خالد الكريم الصباح", "الكريم"},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.word }),
			"%s: %q read as the person: %v", tt.why, tt.word, mentions(res))
		k := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
		if assert.GreaterOrEqual(t, k, 0, "%s: %v", tt.why, mentions(res)) {
			assert.NotContains(t, res.Entities[k].Aliases, tt.word, tt.why)
		}
	}
}
