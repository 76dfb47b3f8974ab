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

// TestAppointeeAfterComma (refac4): the name in the slot of an appointee
// (two words no list holds, before an office in the accusative and its ل
// or لدى) is read after a verb of appointment with a comma between, as
// without: a day set off by commas, or هم after the count of the
// appointed. A sentence end still ends the clause. Sentences written for
// this test.
func TestAppointeeAfterComma(t *testing.T) {
	tests := []struct {
		why, in, person string
		want            bool
	}{
		{"a day set off", "وعينت الحكومة، صباح الخميس، زهور القرمادي سفيرة لدى اليابان.", "زهور القرمادي", true},
		{"هم after a comma", "وعين الرئيس مستشارين جددا، هم نزيهة البوعزاوي مستشارة للشؤون القانونية وسواهم.", "نزيهة البوعزاوي", true},
		{"a sentence between", "وعينت الحكومة سفراء جددا. زهور القرمادي سفيرة لدى اليابان منذ عامين.", "زهور القرمادي", false},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == PER && m.Form == tt.person })
		assert.Equal(t, tt.want, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
	}
}
