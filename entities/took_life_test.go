package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTookLifeIsNoName: أودى before بحياة is the verb "took the life of"
// (a death toll's commonest phrase), though it folds as أودي, the car
// maker of the lists; the car maker stays a name (found by the seventh
// blind measure: الذي أودى بحياة 29 شخصا made an organization, and the
// word inside it no death trigger).
func TestTookLifeIsNoName(t *testing.T) {
	for _, tt := range []struct {
		why, in   string
		want, not []string
	}{
		{"a fire that took three lives",
			"واندلع حريق في مستودع بالمنطقة الصناعية، الأمر الذي أودى بحياة ثلاثة عمال.",
			nil, []string{"ORG أودى"}},
		{"the subject between the verb and بحياة",
			"وأودى السيل بحياة أسرة كاملة في وادي حضرموت.",
			nil, []string{"ORG أودى"}},
		{"the feminine verb",
			"وتعرض الحي لقصف عنيف أودت نتائجه بحياة العشرات.",
			nil, []string{"ORG أودت", "ORG نتائجه"}},
		{"the car maker stays a name",
			"وكشفت أودي الألمانية عن سيارتها الكهربائية الجديدة في معرض جنيف.",
			[]string{"ORG أودي"}, nil},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := mentions(res)
			for _, w := range tt.want {
				assert.Contains(t, got, w, tt.why)
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, tt.why)
			}
		}
	}
}
