package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlaceInHehText: a text that writes no ة at all writes it as ه
// throughout, and a listed place in ة written so stays the place even
// where the word without the ه is frequent (صعد، حديث، وجد); a text that
// writes ة elsewhere reads the noun and its pronoun (possessedPlace).
func TestPlaceInHehText(t *testing.T) {
	tests := []struct {
		why, in, place string
		want           bool
	}{
		{"a strike on Saada", "قصفت الطائرات مواقع للمسلحين في صعده فجر امس.", "صعده", true},
		{"troops in two towns", "وانتشرت قوات الجيش في حديثه والقائم بعد انسحاب المسلحين.", "حديثه", true},
		{"a blast in Oujda", "ووقع انفجار في وجده صباح اليوم دون وقوع ضحايا.", "وجده", true},
		{"his talk, ة written elsewhere", "وقال الوزير في حديثه للقناة إن الحكومة باقية.", "حديثه", false},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Form == tt.place })
		assert.Equal(t, tt.want, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
	}
}
