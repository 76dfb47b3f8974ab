package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReview24TitleAtTextEnd: a title and a definite word shaped as an
// adjective that end the text (a headline with no mark after it: زيارة
// الرئيس التاريخية) asked whether the word after the last one is a name's
// word, and the recognizer read past its words (index out of range; the
// pipeline returned "internal error in the entities stage"). Found by
// FuzzRecognize ("00لرئيس الون"). Texts written for this test.
func TestReview24TitleAtTextEnd(t *testing.T) {
	for _, in := range []string{
		"زيارة الرئيس التاريخية",
		"وقال الرئيس الون",
		"00لرئيس الون",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			assert.NotPanics(t, func() {
				res := r.RecognizeString(in)
				checkInvariants(t, in, res)
			}, in)
		}
	}
}
