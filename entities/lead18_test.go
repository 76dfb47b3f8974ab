package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAllahCompoundFamilyName: a family name compound with الله after a
// given name (صنع الله، عطا الله، ضيف الله) is the person's; a prayer after
// a name (رحمه الله) is not.
func TestAllahCompoundFamilyName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"وصرح مدير الشركة هشام صنع الله بأن الأرباح تضاعفت.", "هشام صنع الله"},
		{"وقال المحامي نبيل عطا الله إن الجلسة تأجلت.", "نبيل عطا الله"},
		{"وأكد النائب ماجد ضيف الله أن القانون سيعدل.", "ماجد ضيف الله"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.text)
			checkInvariants(t, c.text, res)
			assert.True(t, hasMention(res, PER, c.name), "%s: %v", c.text, mentions(res))
		}
	}
	in := "وقال الشيخ زايد رحمه الله إن الاتحاد قوة."
	res := fullOnce().RecognizeString(in)
	for _, m := range res.Mentions {
		assert.NotContains(t, m.Text, "الله", "%v", mentions(res))
	}
}
