package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHandedOverIsNoScale: سلم is also the verb "handed over", so the
// person after it stays the one who handed something; a scale named
// after a man (مقياس، درجة) still holds no person.
func TestHandedOverIsNoScale(t *testing.T) {
	r := fullOnce()
	for _, tt := range []struct{ in, person string }{
		{"وفي ختام الحفل سلم هالفرسون الجائزة للفائز.", "هالفرسون"},
		{"ثم سلم كوفمان الملف إلى القاضي.", "كوفمان"},
		{"سلم دوبوا مفاتيح المبنى للبلدية أمس.", "دوبوا"},
	} {
		res := r.RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.NotNil(t, ents20Person(res, tt.person), "%s: %v", tt.in, mentions(res))
	}
	for _, in := range []string{
		"وبلغت قوة الزلزال 6 درجات على مقياس ريختر.",
		"وسجلت الحرارة 40 درجة فهرنهايت.",
	} {
		res := r.RecognizeString(in)
		for _, m := range res.Mentions {
			assert.NotEqual(t, PER, m.Label, "%s: %v", in, mentions(res))
		}
	}
}
