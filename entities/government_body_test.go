package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGovernmentAfterTitle: a title, then في and a government or an
// administration named by what it governs (حكومة الإقليم، حكومة الوحدة،
// إدارة المنطقة), then a name: the body is his role's organization (the
// lead's probe; حكومة was no head of any rule). Outside that construction
// حكومة + a definite word stays no name, and the definite head with an
// adjective (الإدارة المحلية، الحكومة الشرعية) is a generic body, no
// mention, as the annotations write it.
func TestGovernmentAfterTitle(t *testing.T) {
	checkTitleOrgCases(t, []titleOrgCase{
		{"a minister in a regional government", "وقال وزير الصحة في حكومة الإقليم دلشاد برزنجي إن المستشفيات جاهزة.",
			"دلشاد برزنجي", "وزير الصحة", "حكومة الإقليم"},
		{"a minister, feminine, in a unity government", "وقالت الوزيرة في حكومة الوحدة منى الساعدي إن الرواتب ستصرف.",
			"منى الساعدي", "الوزيرة", "حكومة الوحدة"},
		{"a director in a district's administration", "وأوضح المدير في إدارة المنطقة أحمد الخالدي أن الطرق مفتوحة.",
			"أحمد الخالدي", "المدير", "إدارة المنطقة"},
	})
	for _, in := range []string{
		"وناقش النواب أداء حكومة الإقليم في جلسة أمس.",
		"وطالب المحتجون الإدارة المحلية بإصلاح الطرق.",
		"وأوضح المدير في الإدارة المحلية أحمد الخالدي أن الطرق مفتوحة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				assert.NotContains(t, []string{"حكومة الإقليم", "الإدارة المحلية"}, m.Form, in)
			}
		}
	}
}
