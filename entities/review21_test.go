package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAllahCompoundNotAfterDefiniteFamily: كلام الله, عطية الله … after a
// name that ends in a definite family name is the verb's object or a
// phrase of its own (تلا الشيخ فلان الفلاني كلام الله), no family name
// compound with الله; after a given name or a theophoric name (عبد
// الرحمن، أبو الحسن) it still is one.
func TestAllahCompoundNotAfterDefiniteFamily(t *testing.T) {
	for _, tt := range []struct{ in, person string }{
		{"ورتل المقرئ الشيخ محمود خليل الحصري كلام الله في الحفل.", "محمود خليل الحصري"},
		{"وتلا القارئ ياسر سالم الدوسري كلام الله أمام المصلين.", "ياسر سالم الدوسري"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
			assert.Nil(t, ents21Has(res, PER, tt.person+" كلام الله"), "%s: %v", tt.in, mentions(res))
		}
	}
	for _, tt := range []struct{ in, person string }{
		{"وقال المتحدث عبد الرحمن كلام الله إن الموقف واضح.", "عبد الرحمن كلام الله"},
		{"وأكد النائب أحمد عطية الله أن الجلسة انتهت.", "أحمد عطية الله"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
}
