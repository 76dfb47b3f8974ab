package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTheophoricFamilyAfterTitle: after a title, a rare word no list
// holds before a family name compounded with الله (عوض الله، خلف الله)
// is the given name of that person, read whole.
func TestTheophoricFamilyAfterTitle(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وشارك في التدشين والي ولاية كسلا مبارك خلف الله وعدد من المسؤولين.", "مبارك خلف الله"},
		{"وأوضح مدير الشرطة اللواء عابدين جاب الله أن الطريق آمن.", "عابدين جاب الله"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestPowerOfNoBody: سلطة before what holds power (القضاء، الدين،
// المال، السلاح) is a power, an abstract noun, no authority's name.
func TestPowerOfNoBody(t *testing.T) {
	for _, in := range []string{
		"وشدد المتحدث على أن سلطة القضاء فوق كل اعتبار.",
		"وحذر الكاتب من سلطة المال على الإعلام.",
		"وانتقد النائب سلطة السلاح المنفلت في المدن.",
	} {
		res := rulesOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		for _, m := range res.Mentions {
			assert.NotEqual(t, ORG, m.Label, "%s: %v", in, mentions(res))
		}
	}
}
