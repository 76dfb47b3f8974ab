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

// TestSurnameNotStartingTitle: a family name written alone is the person
// again, but not when a listed title starts with it (الأمين العام after
// a person named محمد الأمين; النائب العام after one named … النائب).
// Sentences written for this test.
func TestSurnameNotStartingTitle(t *testing.T) {
	for _, tt := range []struct {
		why, in, word string
		person        bool
	}{
		{"the secretary general", "وقال رئيس الوفد محمد الأمين إن المحادثات مثمرة. وأشاد الأمين العام للاتحاد بنتائجها.", "الأمين", false},
		{"the secretary general in another order", "وأكد الوزير سيدي محمد الأمين دعم الخطة. ودعا الأمين العام للمنظمة إلى الهدوء.", "الأمين", false},
		{"the person alone again", "وقال رئيس الوفد محمد الأمين إن المحادثات مثمرة. وأضاف الأمين أن الجولة المقبلة في تونس.", "الأمين", true},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.Equal(t, tt.person, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.word && m.Label == PER }),
			"%s: %q: %v", tt.why, tt.word, mentions(res))
	}
}
