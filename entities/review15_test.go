package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNationalBodyPurposeNoField: after a national body (النقابة
// المصرية، الاتحاد الأردني) a ل-genitive of one act it is asked or
// invited to do (لحضور الاجتماع، لعقد جلسة، لاتخاذ موقف) is no field of
// its name; a field is (لكرة القدم، لمكافحة الفساد).
func TestNationalBodyPurposeNoField(t *testing.T) {
	for _, in := range []string{
		"ووجهت الحكومة دعوة للنقابة المصرية لحضور الاجتماع المقبل.",
		"ودعا النواب الاتحاد الأردني لعقد الجمعية العمومية في موعدها.",
		"وطالب الأهالي الهيئة الليبية لاتخاذ الإجراءات اللازمة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				glued := strings.Contains(m.Text, "لحضور") || strings.Contains(m.Text, "لعقد") || strings.Contains(m.Text, "لاتخاذ")
				assert.False(t, m.Label == ORG && glued, "%s: %v", in, mentions(res))
			}
		}
	}
	for in, want := range map[string]string{
		"وأعلنت الجامعة التونسية لكرة القدم تأجيل المباراة.":    "الجامعة التونسية لكرة القدم",
		"وقالت الهيئة الليبية لمكافحة الفساد إنها فتحت تحقيقا.": "الهيئة الليبية لمكافحة الفساد",
	} {
		res := rulesOnce().RecognizeString(in)
		assert.True(t, hasMention(res, ORG, want), "%s: %v", in, mentions(res))
	}
}
