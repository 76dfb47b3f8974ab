package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlaceJoinedInTehText (refac4): in a text that writes ة, a listed
// place in ة written with ه whose stem is a frequent noun (حديثه "his
// talk") is the place when و joins it to another listed place, after it
// or before it: a talk is not listed with a town. Alone after في it stays
// the noun and its pronoun. Sentences written for this test.
func TestPlaceJoinedInTehText(t *testing.T) {
	tests := []struct {
		why, in, place string
		want           bool
	}{
		{"a town after it", "وسيطرت القوات العراقية على مدينة في غرب البلاد، وانتشرت في حديثه والقائم بعد معارك عنيفة.", "حديثه", true},
		{"a town after it, no ة near", "وقصفت المدفعية مواقع المسلحين في حديثه وبغداد.", "حديثه", true},
		{"his talk", "وأكد الوزير في حديثه للصحيفة أن الحكومة ماضية في خطتها الاقتصادية.", "حديثه", false},
		{"his talk and a word after", "وأشار المسؤول في حديثه وتصريحاته الأخيرة إلى أهمية المرحلة المقبلة.", "حديثه", false},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Form == tt.place })
		assert.Equal(t, tt.want, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
	}
}
