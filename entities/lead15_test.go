package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCommonNounBeforeAdjective: a weak listed place after في is the
// common noun when an indefinite feminine adjective of the shapes
// فاعلة/فعيلة follows it (في سيول جارفة، في سيول غزيرة), as a listed place
// in construct (في سيول الأنبار) already made it; alone, or with a date
// after it, it stays the place.
func TestCommonNounBeforeAdjective(t *testing.T) {
	tests := []struct {
		why, in string
		place   string
		want    bool
	}{
		{"floods of a province", "وغرق ثلاثة أطفال في سيول الأنبار خلال الأيام الماضية.", "سيول", false},
		{"sweeping floods", "ولقي خمسة أشخاص حتفهم في سيول جارفة ضربت المنطقة.", "سيول", false},
		{"heavy floods", "وتضررت عشرات المنازل في سيول غزيرة شهدتها البلدة.", "سيول", false},
		{"the capital alone", "وعقد الوزيران اجتماعا في سيول لبحث التجارة.", "سيول", true},
		{"the capital and a day", "ووصل الوفد الياباني إلى سيول الثلاثاء.", "سيول", true},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Form == tt.place })
			assert.Equal(t, tt.want, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
	res := fullOnce().RecognizeString("وغرق ثلاثة أطفال في سيول الأنبار خلال الأيام الماضية.")
	assert.True(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Form == "الأنبار" }), "%v", mentions(res))
}
