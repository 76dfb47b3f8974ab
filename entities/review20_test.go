package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStateHeadPurposeAfterCountry: only a federation (اتحاد) named after
// a country with what it is for after it is a body (اتحاد الكويت لكرة
// القدم); a republic, kingdom or sultanate named in full keeps its style
// before a ل of purpose or time (سافر إلى جمهورية السنغال للمشاركة،
// زار مملكة إسبانيا لمدة يومين).
func TestStateHeadPurposeAfterCountry(t *testing.T) {
	for _, tt := range []struct{ in, state string }{
		{"وسافر الوزير إلى جمهورية السنغال للمشاركة في منتدى الاستثمار.", "جمهورية السنغال"},
		{"وزار الرئيس مملكة إسبانيا لمدة يومين.", "مملكة إسبانيا"},
		{"وتوجه الوفد إلى جمهورية مصر لبحث ملف المياه.", "جمهورية مصر"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, LOC, tt.state), "%s: %v", tt.in, mentions(res))
		}
	}
	// The federation stays a body (8daabf3).
	in := "وأعلن اتحاد الأردن لكرة اليد موعد البطولة."
	assert.Nil(t, ents21Has(fullOnce().RecognizeString(in), LOC, "اتحاد الأردن"), in)
}
