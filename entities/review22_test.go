package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReview22HeldItVerbNoName: 1cbbf74's heldItVerb reads a word ending
// in ه between a held noun and بن as a verb with its object pronoun
// (اجتماع عقده بن فلان). A given name written with ة (أسامة، حمزة), a name
// compound with الله (عبدالله) and a word of two letters (طه) are the
// name's first word: كلمة عبدالله بن زايد is his speech, and the name
// keeps its given name.
func TestReview22HeldItVerbNoName(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وفي كلمة عبدالله بن راشد أمام القمة، دعا إلى وقف الحرب.", "عبدالله بن راشد", "بن راشد"},
		{"وخلال زيارة عبدالله بن فهد إلى المدينة، التقى المحافظ.", "عبدالله بن فهد", "بن فهد"},
		{"ونشرت الصحيفة حوار أسامة بن مسعود مع مراسلها.", "أسامة بن مسعود", "بن مسعود"},
		{"وتابع الحضور كلمة حمزة بن سالم في الحفل.", "حمزة بن سالم", "بن سالم"},
		// The verb before بن still opens no name (1cbbf74's own case).
		{"وناقش اجتماع عقده بن حليم مع النواب قضية المياه.", "بن حليم", "عقده بن حليم"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if r == fullOnce() {
				assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
				assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}

// TestReview22PrayerAfterName: fc27b4c reads a rare word after a title
// and a word before الله as a given name and a family name compounded
// with الله (عوض الله); a prayer after a name (حفظه الله، رحمه الله،
// رعاه الله) is no family name: the person is the name alone.
func TestReview22PrayerAfterName(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وأكد الشيخ مشعان حفظه الله أن القبيلة تدعم الحكومة.", "مشعان", "مشعان حفظه الله"},
		{"وكان الشيخ دغيم رحمه الله قد أسس الجمعية.", "دغيم", "دغيم رحمه الله"},
		// fc27b4c's own case still reads the compound.
		{"وأوضح مدير الشرطة اللواء عابدين جاب الله أن الطريق آمن.", "عابدين جاب الله", ""},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		if tt.not != "" {
			assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
}
