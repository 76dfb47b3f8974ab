package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStateHeadBodyWithPurpose: a word for a kind of state before a
// country (اتحاد، جمهورية) followed by ل and what it is for names a body
// after the country (اتحاد الكويت لكرة القدم، اتحاد مصر للتنس), not the
// state named in full.
func TestStateHeadBodyWithPurpose(t *testing.T) {
	for _, tt := range []struct{ in, state string }{
		{"وقرر اتحاد الكويت لكرة السلة إلغاء المباراة.", "اتحاد الكويت"},
		{"وأصدر اتحاد مصر للتنس بيانا بشأن البطولة.", "اتحاد مصر"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.Nil(t, ents21Has(res, LOC, tt.state), "%s: %v", tt.in, mentions(res))
		}
	}
	// The state is still read when no purpose follows (وأعلنت جمهورية
	// تشاد لاحقا).
	in := "وأعلنت جمهورية تشاد دعمها للخطة."
	assert.NotNil(t, ents21Has(fullOnce().RecognizeString(in), LOC, "جمهورية تشاد"), in)
}
