package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIndefiniteHeadBeforeLam: an indefinite organization head with a
// ل-genitive right after it is a common noun ("an alliance of
// militants"), no organization; a definite head with its ل-genitive and
// an indefinite head in construct still name one.
func TestIndefiniteHeadBeforeLam(t *testing.T) {
	for _, in := range []string{
		"وهيئة تحرير الشام هي أقوى تحالف للمسلحين في إدلب.",
		"وأعلن الناشطون تشكيل لجنة للتحقيق في الحادث.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				assert.NotContains(t, []string{"تحالف للمسلحين", "لجنة للتحقيق"}, m.Form, "%s: %v", in, mentions(res))
			}
		}
	}
	checkLabelCases(t, []labelCase{
		{"a definite head and its ل-genitive", "وقالت الهيئة العامة للاستثمار إن المشروعات زادت.", ORG, "الهيئة العامة للاستثمار", ""},
		{"an indefinite head in construct", "وأعلن مجلس حقوق الإنسان تشكيل لجنة تحقيق.", ORG, "مجلس حقوق الإنسان", ""},
	})
}
