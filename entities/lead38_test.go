package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJointBodyOfNations: a body head with two nationality adjectives or
// more and المشتركة among its definite adjectives (اللجنة المصرية السودانية
// المشتركة) is a joint body's name, its field after ل too; without the
// nations (اللجنة الفنية المشتركة) it is a generic body, no name. (A
// nation whose feminine nisba is also its country's name, السعودية, ends
// the name as a place after a nationality does: not read yet.)
// Sentences written for this test.
func TestJointBodyOfNations(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"وعقدت اللجنة الأردنية العراقية المشتركة اجتماعها في عمان.", "اللجنة الأردنية العراقية المشتركة"},
		{"وانطلقت أعمال اللجنة الوزارية المشتركة المغربية الموريتانية أمس.", "اللجنة الوزارية المشتركة المغربية الموريتانية"},
		{"وأوصت اللجنة الكويتية العمانية المشتركة للشؤون الاقتصادية بزيادة التبادل.", "اللجنة الكويتية العمانية المشتركة للشؤون الاقتصادية"},
		{"وعقدت اللجنة الفنية المشتركة اجتماعها في عمان.", ""},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			found := false
			for _, m := range res.Mentions {
				if c.name == "" {
					assert.NotEqual(t, "اللجنة الفنية المشتركة", m.Text, c.in)
				}
				found = found || m.Text == c.name && m.Label == ORG
			}
			if c.name != "" {
				assert.True(t, found, "%s: %+v", c.in, res.Mentions)
			}
		}
	}
}
