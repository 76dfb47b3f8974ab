package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppointeeNamedLikeNationality: a given name that is also a
// nationality (تركي) begins an appointee's name in the slot of an
// appointment (before an office in the accusative and its ل); a
// nationality that no list holds as a name does not.
func TestAppointeeNamedLikeNationality(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"وأصدر الملك أمرا بتعيين تركي الدخيل سفيرا لدى الإمارات.", "تركي الدخيل"},
		{"وعين مجلس الوزراء تركي الحمدان محافظا للهيئة.", "تركي الحمدان"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.text)
			checkInvariants(t, c.text, res)
			assert.True(t, hasMention(res, PER, c.name), "%s: %v", c.text, mentions(res))
		}
	}
	res := rulesOnce().RecognizeString("وعين الرئيس مصري الجنسية سفيرا لدى لبنان.")
	assert.False(t, hasMention(res, PER, "مصري الجنسية"), "%v", mentions(res))
}
