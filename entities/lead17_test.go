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

// TestDualOfficeNoName: an office in the construct dual after a title,
// before the definite noun of its portfolio (والتقى الرئيس وزيري
// الخارجية والدفاع), names two officials: no person وزيري. A family name
// that is an office's nisba stays one alone (الرئيس رئيسي).
func TestDualOfficeNoName(t *testing.T) {
	for _, in := range []string{
		"واستقبل الأمير وزيري الداخلية والعدل في قصره.",
		"وأقال الرئيس مستشاري الأمن القومي والاقتصاد.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				assert.NotEqual(t, PER, m.Label, "%s: %v", in, mentions(res))
			}
		}
	}
	res := rulesOnce().RecognizeString("وقال الرئيس رئيسي إن بلاده لن تتراجع.")
	assert.True(t, hasMention(res, PER, "رئيسي"), "%v", mentions(res))
}
