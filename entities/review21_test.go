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

// TestEtisalatNotStopWord: اتصالات is also the name of a telecom company
// (شركة اتصالات الإماراتية، مجموعة اتصالات), so it is no stop word, while
// calls held after a bare title are still no person.
func TestEtisalatNotStopWord(t *testing.T) {
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		in := "وأعلنت شركة اتصالات الإماراتية ارتفاع أرباحها الفصلية."
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, ORG, "شركة اتصالات الإماراتية"), "%s: %v", in, mentions(res))
		in = "وأجرى الوزير اتصالات مكثفة مع نظرائه العرب."
		res = r.RecognizeString(in)
		for _, m := range res.Mentions {
			assert.NotEqual(t, PER, m.Label, "%s: %v", in, mentions(res))
		}
	}
}
